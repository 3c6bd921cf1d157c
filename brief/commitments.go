package brief

// docCommitment is a commitment found in one article, before merging.
type docCommitment struct {
	ent      int
	actor    string
	text     string
	what     string
	when     string
	strength Strength
	saidBy   string
	sent     int
	score    float64
}

func (d *doc) findCommitments() {}
