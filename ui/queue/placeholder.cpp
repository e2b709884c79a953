// Placeholder so the library has a source until the queue view lands.
