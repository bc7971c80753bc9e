"""Audio assembly: timelines, streamed ffmpeg encoding, tags, subtitles."""
