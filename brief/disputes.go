package brief

// docDispute is a dispute found in one article, before merging.
type docDispute struct {
	parties []int
	names   []string
	text    string
	topic   string
	cue     string
	sent    int
	score   float64
}

func (d *doc) findDisputes() {}
