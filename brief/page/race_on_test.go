//go:build race

package page

func init() { raceEnabled = true }
