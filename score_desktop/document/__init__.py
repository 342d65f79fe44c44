"""The open workspace as QObjects with signals, and every user edit as a QUndoCommand."""
