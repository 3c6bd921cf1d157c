//go:build race

package brief_test

// Under the race detector every input of the hostile suite is timed once.
func init() { timedRuns = 1 }
