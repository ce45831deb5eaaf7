// Placeholder until this stage has code.
