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
# what a platform carries, written after its name ("WhatsApp messages", "Zoom lessons"): the
# platform is the medium used, not a party (extract_targets) nor what the item is about (watchlist)
MEDIUM_NOUNS = (
    r"messages|posts|ads|adverts|searches|videos|stories|chats|groups|pages|channels|lessons|"
    r"classes|lectures|meetings|webinars|livestreams"
)
