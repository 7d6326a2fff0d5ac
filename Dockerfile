# syntax=docker/dockerfile:1
# Regwatch daemon image: non-root, database on the /data volume, config at /config/regwatch.toml.

FROM python:3.12-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
# a C compiler, for setup.py to compile the extractor with mypyc (only in this stage)
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libc6-dev \
 && rm -rf /var/lib/apt/lists/*
# Dependencies first, in their own layer: they change less often than the code.
COPY pyproject.toml setup.py README.md ./
RUN mkdir -p monitor sources \
 && echo '__version__ = "0"' > monitor/__init__.py && touch sources/__init__.py \
 && python -m venv /opt/regwatch \
 && /opt/regwatch/bin/pip install --upgrade pip \
 && REGWATCH_PURE=1 /opt/regwatch/bin/pip install .
COPY monitor monitor
COPY sources sources
RUN /opt/regwatch/bin/pip install --no-deps --force-reinstall . \
 && /opt/regwatch/bin/python -c 'import monitor.extract as e; assert e.__file__.endswith(".so")' \
 && /opt/regwatch/bin/pip uninstall -y pip \
 && find /opt/regwatch -name '__pycache__' -prune -exec rm -rf {} +

FROM python:3.12-slim
ENV PATH=/opt/regwatch/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    REGWATCH_DB=/data/regwatch.db \
    REGWATCH_LOG_FORMAT=json
COPY --from=build /opt/regwatch /opt/regwatch
COPY config.example.toml /usr/share/regwatch/config.example.toml
COPY docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin regwatch \
 && mkdir -p /data /config \
 && chown regwatch:regwatch /data
USER regwatch
WORKDIR /data
VOLUME /data
EXPOSE 9108
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=60s --timeout=10s --start-period=120s --retries=3 CMD ["regwatch", "health"]
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["regwatch", "run"]
