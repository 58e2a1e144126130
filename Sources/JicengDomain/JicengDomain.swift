// JicengDomain: the entities of urban party-building work, the public rules as named
// constants, validation, and the Store protocol. It knows nothing of the language.
