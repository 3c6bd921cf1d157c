package brief

// raceEnabled is set in builds with the race detector, which slows the
// engine several times over: timing tests skip then.
var raceEnabled bool
