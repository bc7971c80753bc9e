"""Voice.ai TTS from Python: a client for HTTP, HTTP streaming, single- and multi-context
WebSockets and voices, with the account's concurrency slots and failure classification.

The protocol facts (paths, fields, enums, close codes) live in `protocol`, which the
local server (`audiobook.server`) imports too; nothing else here is shared with it.
"""
