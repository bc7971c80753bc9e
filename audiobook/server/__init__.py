"""The local stand-in for the Voice.ai service (`audiobook serve`).

It speaks the documented protocol from `audiobook.voiceai.protocol` and never imports
the client, so a client bug cannot be hidden by shared code.
"""

LOCAL_API_KEY = "vk_local"  # the one key a server started without a key of its own accepts
