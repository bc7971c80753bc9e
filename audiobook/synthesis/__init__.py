"""Segments into audio: the render loop (one retry layer), the content-addressed cache,
QA (signal checks and speech recognition), speaker voices, and what a render costs."""
