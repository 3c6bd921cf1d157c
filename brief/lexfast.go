package brief

// lexFast holds the lexicon (lexicon) in a form made for reading
// one word at a time while an article is analysed: an open-addressing
// table whose slots carry the word's bytes and its entry side by side, so
// that finding a word touches one slot or a few adjacent ones instead of a
// map's control bytes, slot and the key's bytes elsewhere. Words longer
// than a slot holds are read from a small map of their own (long).
type lexFast struct {
	slots []lexSlot
	mask  uint32
	long  map[string]lexEntry
}

// lexSlotKey is the longest word a slot of lexFast holds: 15 bytes, so
// that with its length and its 16-byte entry a slot is 32 bytes, two to a
// cache line, and reading one reads one line.
const lexSlotKey = 15

// lexSlot is a word of at most lexSlotKey bytes and its entry; n is the
// word's length, 0 in an empty slot.
type lexSlot struct {
	key [lexSlotKey]byte
	n   uint8
	e   lexEntry
}

// newLexFast makes the table of the lexicon m.
func newLexFast(m map[string]lexEntry) *lexFast {
	// At most three slots in four full: a word not in the table is
	// found missing after a few adjacent slots.
	n := 1
	for 3*n < 4*len(m) {
		n <<= 1
	}
	t := &lexFast{slots: make([]lexSlot, n), mask: uint32(n - 1), long: map[string]lexEntry{}}
	for w, e := range m {
		if len(w) == 0 || len(w) > lexSlotKey {
			t.long[w] = e
			continue
		}
		i := wordHash(w) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		s := &t.slots[i]
		copy(s.key[:], w)
		s.n, s.e = uint8(len(w)), e
	}
	return t
}

// get returns the lexicon entry of w (the zero entry when w has none), as
// the map it was made of does.
func (t *lexFast) get(w string) lexEntry { return t.getHashed(w, wordHash(w)) }

// getHashed is get for a word whose wordHash h is known.
func (t *lexFast) getHashed(w string, h uint32) lexEntry {
	if len(w) == 0 || len(w) > lexSlotKey {
		return t.long[w]
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			return lexEntry{}
		}
		if int(s.n) == len(w) && string(s.key[:len(w)]) == w {
			return s.e
		}
	}
}

// lexLookup returns the lexicon entry of the lower-case word w.
func lexLookup(w string) lexEntry {
	lexicon()
	return lexFastTab.get(w)
}
