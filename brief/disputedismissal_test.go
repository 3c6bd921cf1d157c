package brief

import "testing"

// "dismissed" in the sense of a post taken away ("dismissed its
// director", "dismissed 40 dock workers") is no dispute
// (TestDisputeDropReasons, dropDismissal); "dismissed" of what someone
// put forward, of critics, or of a person "as" something, still is.
func TestDisputeDismissedStillRejects(t *testing.T) {
	lead := "Governor Ann Marsh of Kenya met the Kenya Ports Authority board on Monday."
	checkDisputeCases(t, []disputeCase{
		{"dismissed a body's claims", []string{lead,
			"Governor Ann Marsh dismissed the Kenya Ports Authority's claims about the new berth."},
			"dismissed the Kenya Ports Authority", []string{"Ann Marsh", "Kenya Ports Authority"}, nil, ""},
		{"dismissed a person as something", []string{lead,
			"The Kenya Ports Authority dismissed Governor Ann Marsh as a meddler in its affairs."},
			"dismissed Governor Ann Marsh as", []string{"Kenya Ports Authority", "Ann Marsh"}, nil, ""},
	})
}
