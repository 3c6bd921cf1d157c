package brief

// wordTable maps the lower-cased words of an article to their ids
// (doc.wid), as a map from the word would: an open-addressing table whose
// slots hold a word's hash and id, the word itself being read from the
// article's lowered text at the word's first token (at). It holds no
// pointers: clearing it for the next article is a plain memory clear, and
// the garbage collector never scans it; and finding a word hashes its
// bytes once and compares them once, where the map read and wrote each new
// word's key in two lookups.
type wordTable struct {
	slots []wordSlot
	mask  uint32
	// at holds, by word id, where the word's first token is in the text.
	at []wordSpan
}

// wordSlot is a slot of wordTable: id is the word id plus one, 0 in an
// empty slot.
type wordSlot struct {
	h  uint32
	id int32
}

// wordSpan is a word's place in the text, by byte offsets.
type wordSpan struct{ s, e int32 }

// wordHash hashes a word (for wordTable and the lexicon's lexFast) eight
// bytes at a time, as wyhash reads short keys: a word of 4 to 8 bytes is
// read in two 4-byte words that may overlap, a shorter one by its first,
// middle and last bytes.
func wordHash(w string) uint32 {
	h := uint64(len(w)) * 0x9e3779b97f4a7c15
	for len(w) > 8 {
		h = (h ^ le64(w)) * 0xbf58476d1ce4e5b9
		h ^= h >> 31
		w = w[8:]
	}
	var x uint64
	switch n := len(w); {
	case n >= 4:
		x = uint64(le32(w)) | uint64(le32(w[n-4:]))<<32
	case n > 0:
		x = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	h = (h ^ x) * 0x94d049bb133111eb
	return uint32(h>>32) ^ uint32(h)
}

// le64 and le32 read the first 8 and 4 bytes of s, little-endian.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// reset empties t, with room for about n words, reusing its arrays. It
// takes all the slots its array has, up to eight times the room asked
// for: n is a guess, and a table that outgrows it would otherwise be made
// anew, larger, where the array at hand had room (the last article's).
func (t *wordTable) reset(n int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	for asked := size; 2*size <= cap(t.slots) && size < 8*asked; {
		size <<= 1
	}
	t.slots = zeroed(t.slots, size)
	t.mask = uint32(size - 1)
	t.at = t.at[:0]
}

// find returns the id of word w of hash h (wordHash), the text being the
// lowered text the words were added from, or -1 when t does not hold it.
func (t *wordTable) find(w string, h uint32, text string) int32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.id == 0 {
			return -1
		}
		if s.h == h {
			if sp := t.at[s.id-1]; text[sp.s:sp.e] == w {
				return s.id - 1
			}
		}
	}
}

// add adds the word of hash h at text[s:e], which t does not hold, and
// returns its id: the number of words added before it.
func (t *wordTable) add(h uint32, s, e int32) int32 {
	if 2*(len(t.at)+1) > len(t.slots) {
		t.grow()
	}
	id := int32(len(t.at))
	t.at = append(t.at, wordSpan{s, e})
	t.put(wordSlot{h: h, id: id + 1})
	return id
}

// put puts slot ws in the first free slot from its hash on.
func (t *wordTable) put(ws wordSlot) {
	i := ws.h & t.mask
	for t.slots[i].id != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = ws
}

// grow doubles the slots of t and puts its words back.
func (t *wordTable) grow() {
	old := t.slots
	t.slots = make([]wordSlot, 2*len(old))
	t.mask = uint32(len(t.slots) - 1)
	for _, ws := range old {
		if ws.id != 0 {
			t.put(ws)
		}
	}
}

// wordIDOf returns the id of the lower-cased word w, and whether the
// article has it.
func (d *doc) wordIDOf(w string) (int32, bool) {
	if len(d.wordTab.slots) == 0 {
		return -1, false
	}
	id := d.wordTab.find(w, wordHash(w), d.lower)
	return id, id >= 0
}

// wordOf returns the lower-cased word of id.
func (d *doc) wordOf(id int32) string {
	sp := d.wordTab.at[id]
	return d.lower[sp.s:sp.e]
}
