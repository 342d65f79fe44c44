"""Comment threads, the decision on the improvement plan, and the review mode in the window."""
