"""The Participants and Register sections: lists, detail editors, imports and the composition chart."""
