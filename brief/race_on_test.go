//go:build race

package brief

func init() { raceEnabled = true }
