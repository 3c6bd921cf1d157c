package brief

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// entIndex finds the entities a name may refer to without looking at every
// entity of the article: by surname (with the spellings sameSurname
// tolerates), by first name, and by the first word of the name. Resolving a
// long article used to compare every mention with every entity; with the
// index the work grows with the article, not with its square. mergeDocsFrom
// uses the same index over the actors of all the articles.
//
// An entity is indexed under the keys of its name, first name and surname
// when it is made and again whenever they change; keys it no longer has
// stay behind, and keys are hashes, which may collide. So a lookup may
// return entities that do not match, but never misses one that does:
// callers test each candidate as a loop over d.ents would, and candidates
// come in entity order, so the first that passes is the one such a loop
// finds.
//
// The index also counts, by first name, the people named in full (see
// namedFirst), so that whether a first name is one person's is known
// without reading every person of that first name.
type entIndex struct {
	// m maps a key's hash to its list of ids (a listRef): most keys have
	// one id, held in one, so the table stays small (no slice a key) and
	// a long article's index stays in cache.
	m     keyTable
	one   []int32   // the lists of one id, each an element
	lists [][]int32 // the longer lists, sorted
	// named counts the entities add found to be people named in full,
	// by first name; namedAs holds the first name each is counted under.
	// An index made over another (a merge's, see over) keeps no counts:
	// both are nil.
	named   map[string]int32
	namedAs map[int32]string
	// base, when set, holds the lists m does not: an index made over
	// another (over), depth levels above the first.
	base  *entIndex
	depth int
}

// Kinds of key.
const (
	ixSurname         byte = iota + 1 // a surname exactly
	ixFold                            // a surname folded (surnameFold)
	ixSubst                           // a surname with one letter left out, at its place
	ixWhole                           // a surname, to be found as the shorter of two
	ixLonger                          // a surname less its first or last letter
	ixFirst                           // a first name (entity.first)
	ixKeyWord                         // the first word of the name's key (nameKey)
	ixLowWord                         // the first word of the name in ASCII lower case
	ixCaseFold                        // a name under Unicode case folding (strings.EqualFold)
	ixCaseFoldSurname                 // a surname under Unicode case folding
	ixFirstSurname                    // the first of two surnames (firstOfTwoSurnamesOfKey)
)

// listRef tells where an entIndex holds the list of a key: the index in
// one of its only id, or, with refList set, the index of the list in lists.
type listRef uint32

// refList marks a listRef of a list in entIndex.lists.
const refList listRef = 1 << 31

// keyTable maps the hashes of an entIndex's keys to their listRefs, as a
// map[uint64]listRef would: an open-addressing table of hash and listRef
// pairs, with no pointers, so that emptying it is a plain memory clear and
// a lookup reads one slot or a few beside it.
type keyTable struct {
	slots []keySlot
	n     int // the keys held
}

// keySlot is a slot of keyTable: v is the listRef plus one, 0 in an empty
// slot.
type keySlot struct {
	h uint64
	v uint32
}

// newKeyTable returns an empty table with room for about n keys.
func newKeyTable(n int) keyTable {
	size := 16
	for size*3 < n*4 {
		size <<= 1
	}
	return keyTable{slots: make([]keySlot, size)}
}

// slot returns the first slot to probe for hash h.
func (t *keyTable) slot(h uint64) int {
	return int((h*0x9e3779b97f4a7c15)>>32) & (len(t.slots) - 1)
}

// get returns the listRef of hash h, and whether t holds it.
func (t *keyTable) get(h uint64) (listRef, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	for i := t.slot(h); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.v == 0 {
			return 0, false
		}
		if s.h == h {
			return listRef(s.v - 1), true
		}
	}
}

// set makes r the listRef of hash h.
func (t *keyTable) set(h uint64, r listRef) {
	if (t.n+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	mask := len(t.slots) - 1
	for i := t.slot(h); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.v == 0 {
			*s = keySlot{h: h, v: uint32(r) + 1}
			t.n++
			return
		}
		if s.h == h {
			s.v = uint32(r) + 1
			return
		}
	}
}

// reserve makes room in t for k more keys, at once: a table that would
// grow more than once on them grows once, to its final size.
func (t *keyTable) reserve(k int) {
	if (t.n+k)*4 > len(t.slots)*3 {
		t.resize(newKeyTable(t.n + k).slots)
	}
}

// grow doubles the table (makes it when it has none).
func (t *keyTable) grow() {
	t.resize(make([]keySlot, max(16, 2*len(t.slots))))
}

// resize moves the keys of t into the empty slots, a larger array.
func (t *keyTable) resize(slots []keySlot) {
	old := t.slots
	t.slots = slots
	t.n = 0
	for _, s := range old {
		if s.v != 0 {
			t.set(s.h, listRef(s.v-1))
		}
	}
}

// reset empties t, keeping its slots.
func (t *keyTable) reset() {
	clear(t.slots)
	t.n = 0
}

func newEntIndex() *entIndex { return newEntIndexSized(0) }

// newEntIndexSized returns an empty index with room for about n keys.
func newEntIndexSized(n int) *entIndex {
	return &entIndex{m: newKeyTable(n), one: make([]int32, 0, n), named: map[string]int32{}, namedAs: map[int32]string{}}
}

// list returns the list r refers to (not to be changed; appending to it
// makes a copy).
func (x *entIndex) list(r listRef) []int32 {
	if r&refList != 0 {
		return x.lists[r&^refList]
	}
	return x.one[r : r+1 : r+1]
}

// set makes l the list of key h.
func (x *entIndex) set(h uint64, l []int32) {
	if len(l) == 1 {
		x.m.set(h, listRef(len(x.one)))
		x.one = append(x.one, l[0])
		return
	}
	x.m.set(h, listRef(len(x.lists))|refList)
	x.lists = append(x.lists, l)
}

// hashKey hashes a kind of key, a position and two strings (FNV-1a).
func hashKey(kind byte, pos int, a, b string) uint64 {
	h := uint64(14695981039346656037)
	const prime = 1099511628211
	h = (h ^ uint64(kind)) * prime
	h = (h ^ uint64(pos)) * prime
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * prime
	}
	h = (h ^ 0xff) * prime
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * prime
	}
	return h
}

func (x *entIndex) put(h uint64, id int32) {
	r, ok := x.m.get(h)
	switch {
	case !ok:
		var l []int32
		if x.base != nil {
			// The base's list is not this index's to change: a copy.
			l = slices.Clone(x.base.get(h))
		}
		if len(l) == 0 {
			x.m.set(h, listRef(len(x.one)))
			x.one = append(x.one, id)
			return
		}
		x.set(h, insertOnce(l, id))
	case r&refList != 0:
		k := r &^ refList
		x.lists[k] = insertOnce(x.lists[k], id)
	case x.one[r] != id:
		a, b := x.one[r], id
		if b < a {
			a, b = b, a
		}
		x.m.set(h, listRef(len(x.lists))|refList)
		x.lists = append(x.lists, []int32{a, b})
	}
}

// insertOnce inserts v into the sorted list l unless it is there.
func insertOnce(l []int32, v int32) []int32 {
	if n := len(l); n == 0 || l[n-1] < v {
		return append(l, v)
	}
	if i, found := slices.BinarySearch(l, v); !found {
		return slices.Insert(l, i, v)
	}
	return l
}

// putKey indexes id under a key of a kind.
func (x *entIndex) putKey(kind byte, key string, id int32) { x.put(hashKey(kind, 0, key, ""), id) }

// key returns the ids indexed under a key of a kind, in order (the index's
// own list: not to be changed).
func (x *entIndex) key(kind byte, key string) []int32 { return x.get(hashKey(kind, 0, key, "")) }

// get returns the list of key h: this index's, else its base's.
func (x *entIndex) get(h uint64) []int32 {
	for ; x != nil; x = x.base {
		if r, ok := x.m.get(h); ok {
			return x.list(r)
		}
	}
	return nil
}

// over returns an index whose lists are x's with those put into it: x is
// not changed. (Merging more articles after others goes on from the
// index of the others, see mergeState.)
func (x *entIndex) over() *entIndex {
	if x.depth >= 4 {
		x = x.flat()
	}
	return &entIndex{m: newKeyTable(0), base: x, depth: x.depth + 1}
}

// flat returns an index of the lists of x and its bases, in one map.
func (x *entIndex) flat() *entIndex {
	var levels []*entIndex
	for y := x; y != nil; y = y.base {
		levels = append(levels, y)
	}
	out := &entIndex{m: newKeyTable(levels[len(levels)-1].m.n)}
	for _, y := range slices.Backward(levels) {
		for _, sl := range y.m.slots {
			if sl.v != 0 {
				out.set(sl.h, y.list(listRef(sl.v-1))) // read only from here on, as in the levels
			}
		}
	}
	return out
}

// substHashes calls f, for each position i of w, with the hash of w with
// its byte at i left out, at that place: the ixSubst keys of w, under
// which two words of one length that differ in one byte meet. The hash is
// a polynomial one, which leaving a byte out changes in two sums that are
// each kept up as i moves, so that all the keys of a word cost as much as
// hashing it once, not once for each of its bytes (FNV, as hashKey, would).
// It is mixed with i and the kind of key, then scrambled, as keyTable
// wants well-spread hashes; two different keys that collide give a lookup
// only more candidates to test.
func substHashes(w string, f func(h uint64)) {
	const base = 0x100000001b3 // odd: its powers are all different multipliers
	// At position i, pre is the hash of w[:i], a byte at j weighing
	// base^j, and post that of w[i+1:], a byte at j weighing base^(j-1),
	// as in w with w[i] left out; pow is base^i. A byte counts as its
	// value plus one, so that a zero byte counts too.
	var pre, post uint64
	pow := uint64(1)
	for j := 1; j < len(w); j++ {
		post += (uint64(w[j]) + 1) * pow
		pow *= base
	}
	pow = 1
	for i := 0; i < len(w); i++ {
		h := pre + post
		h ^= uint64(i+1)*0x9e3779b97f4a7c15 ^ uint64(ixSubst)<<56
		h ^= h >> 33 // MurmurHash3's finaliser
		h *= 0xff51afd7ed558ccd
		h ^= h >> 33
		h *= 0xc4ceb9fe1a85ec53
		h ^= h >> 33
		f(h)
		if i+1 < len(w) {
			pre += (uint64(w[i]) + 1) * pow
			post -= (uint64(w[i+1]) + 1) * pow
			pow *= base
		}
	}
}

// putSurname indexes id under every spelling sameSurname takes for the
// surname l (a nameKey), with and without an Arabic article ("al-rashidi").
func (x *entIndex) putSurname(l string, id int32) {
	if t := trimArticle(l); t != l {
		x.putSurname(t, id)
	}
	x.putKey(ixSurname, l, id)
	x.putKey(ixFold, surnameFold(l), id)
	if len(l) >= 6 {
		substHashes(l, func(h uint64) { x.put(h, id) })
		x.putKey(ixWhole, l, id)
		x.putKey(ixLonger, l[:len(l)-1], id)
		x.putKey(ixLonger, l[1:], id)
	}
}

// surnames appends to buf the ids whose surname may be w by sameSurname
// (and maybe others).
func (x *entIndex) surnames(w string, buf []int32) []int32 {
	if t := trimArticle(w); t != w {
		buf = x.surnames(t, buf)
	}
	buf = append(buf, x.key(ixSurname, w)...)
	buf = append(buf, x.key(ixFold, surnameFold(w))...)
	if len(w) >= 6 {
		substHashes(w, func(h uint64) { buf = append(buf, x.get(h)...) })
		// w one letter longer than the surname, or one shorter.
		buf = append(buf, x.key(ixWhole, w[:len(w)-1])...)
		buf = append(buf, x.key(ixWhole, w[1:])...)
		buf = append(buf, x.key(ixLonger, w)...)
	}
	return buf
}

// add indexes entity ei under the keys of its current name, and counts it
// under its first name when it is a person named in full (namedFirst).
//
// The count holds while the entities change only as resolveEntities
// changes them, which calls add whenever it makes or renames one: an
// entity's kind changes after that only when it had none, and an entity
// of no kind has no first name.
func (x *entIndex) add(d *doc, ei int) {
	e := d.ents[ei]
	id := int32(ei)
	x.putSurname(e.last, id)
	x.putKey(ixFirst, e.first, id)
	x.putKey(ixKeyWord, firstWord(e.nameKey()), id)
	x.put(lowerHash(ixLowWord, firstWord(e.name)), id)
	if e.kind == KindPerson {
		if w := firstOfTwoSurnamesOfKey(e.nameKey()); w != "" {
			x.putKey(ixFirstSurname, w, id)
		}
	}
	if x.named == nil {
		return // an index over another's keeps no counts
	}
	if f, ok := x.namedAs[id]; ok {
		x.named[f]--
		delete(x.namedAs, id)
	}
	if e.kind == KindPerson && strings.Contains(e.name, " ") {
		x.named[e.first]++
		x.namedAs[id] = e.first
	}
}

// namedFirst returns how many people named in full (a person whose name
// has two words or more) have the first name w.
func (x *entIndex) namedFirst(w string) int { return int(x.named[w]) }

// firsts appends to buf the entities whose first name may be w.
func (x *entIndex) firsts(w string, buf []int32) []int32 { return append(buf, x.key(ixFirst, w)...) }

// keyWord returns the entities whose name's key may begin with the word w.
func (x *entIndex) keyWord(w string) []int32 { return x.key(ixKeyWord, w) }

// lowWord returns the entities whose name, lower-cased, may begin with
// the word w.
func (x *entIndex) lowWord(w string) []int32 { return x.key(ixLowWord, w) }

// inOrder sorts candidates into entity order without repeats.
func inOrder(c []int32) []int32 {
	if len(c) < 2 {
		return c
	}
	slices.Sort(c)
	return slices.Compact(c)
}

// lowerHash returns hashKey(kind, 0, asciiLower(s), ""), the hash of s in
// ASCII lower case, without making the lowered string.
func lowerHash(kind byte, s string) uint64 { return caseHash(kind, s, 'A', 'a'-'A') }

// foldHash returns hashKey(kind, 0, foldKey(s), ""), the hash of the key
// of s under Unicode case folding; for ASCII s without making the key.
func foldHash(kind byte, s string) uint64 {
	if !isASCII(s) {
		return hashKey(kind, 0, foldKey(s), "")
	}
	return caseHash(kind, s, 'a', 'A'-'a')
}

// caseHash returns hashKey(kind, 0, t, ""), where t is s with each of the
// ASCII letters from lo to lo+25 moved by delta (to the other case):
// the hash of s in one case, without making t.
func caseHash(kind byte, s string, lo byte, delta int) uint64 {
	h := uint64(14695981039346656037)
	const prime = 1099511628211
	h = (h ^ uint64(kind)) * prime
	h *= prime // hashKey mixes in its number argument, 0 here: h ^ 0 is h
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= lo && c <= lo+25 {
			c = byte(int(c) + delta)
		}
		h = (h ^ uint64(c)) * prime
	}
	return (h ^ 0xff) * prime
}

// foldKey returns a key under which strings.EqualFold strings are equal:
// each rune replaced by the least rune of its case-folding orbit.
func foldKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		// The least rune of a letter's orbit is its ASCII capital (also
		// for k and s, whose orbits hold the Kelvin sign and the long s).
		b := []byte(s)
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 32
			}
		}
		return string(b)
	}
	var b strings.Builder
	for _, r := range s {
		c := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			c = min(c, f)
		}
		b.WriteRune(c)
	}
	return b.String()
}
