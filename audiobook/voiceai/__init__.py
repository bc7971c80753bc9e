"""Voice.ai TTS: a Python client (HTTP, HTTP streaming, single- and multi-context
WebSockets, voices) and a local server that speaks the same protocol.

The protocol facts (paths, fields, enums, close codes) live in `protocol`; the
client and the server both import them from there.
"""
