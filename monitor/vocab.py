"""The shared vocabulary (DESIGN.md): topics and action stages. No imports: the query commands
read it without paying for the dataclasses in monitor.models."""

TOPICS = ("data_sourcing", "model_deletion")
STAGES = (
    "complaint",
    "proposed_order",
    "final_order",
    "settlement",
    "fine",
    "court_order",
    "investigation",
    "voluntary",
    "none",
)
