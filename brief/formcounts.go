package brief

import (
	"slices"
)

// formCounts counts the forms a name is written in ("Mr Starmer",
// "Starmer"): a short list, in the order the forms came, rather than a map
// an entity, which took more memory than the rest of the entity and was
// one more allocation for each entity and actor. Its zero value is empty.
// What reads the forms never depends on their order.
type formCounts struct {
	list []formCount
	// idx indexes list by form once it is long (formIndexFrom forms):
	// a name written in many forms is not searched form by form.
	idx map[string]int32
}

type formCount struct {
	f string
	n int
}

// formIndexFrom is the number of forms from which formCounts keeps an
// index.
const formIndexFrom = 16

// formsOf returns the forms fs, each counted once.
func formsOf(fs ...string) formCounts {
	var c formCounts
	for _, f := range fs {
		c.add(f, 1)
	}
	return c
}

// find returns the place of form f in the list, or -1.
func (c *formCounts) find(f string) int {
	if c.idx != nil {
		if i, ok := c.idx[f]; ok {
			return int(i)
		}
		return -1
	}
	for i := range c.list {
		if c.list[i].f == f {
			return i
		}
	}
	return -1
}

// add counts form f n times more.
func (c *formCounts) add(f string, n int) {
	if i := c.find(f); i >= 0 {
		c.list[i].n += n
		return
	}
	c.list = append(c.list, formCount{f, n})
	switch {
	case c.idx != nil:
		c.idx[f] = int32(len(c.list) - 1)
	case len(c.list) >= formIndexFrom:
		c.idx = make(map[string]int32, 2*len(c.list))
		for i, x := range c.list {
			c.idx[x.f] = int32(i)
		}
	}
}

// addAll counts the forms of o in c too.
func (c *formCounts) addAll(o *formCounts) {
	c.list = slices.Grow(c.list, len(o.list)) // at once, not form by form
	for _, x := range o.list {
		c.add(x.f, x.n)
	}
}

// count returns how many times form f was counted.
func (c *formCounts) count(f string) int {
	if i := c.find(f); i >= 0 {
		return c.list[i].n
	}
	return 0
}

// len returns the number of forms.
func (c *formCounts) len() int { return len(c.list) }

// sorted returns the forms in order.
func (c *formCounts) sorted() []string {
	out := make([]string, len(c.list))
	for i, x := range c.list {
		out[i] = x.f
	}
	slices.Sort(out)
	return out
}

// clone returns a copy of c, which c's changes do not change.
func (c *formCounts) clone() formCounts {
	o := formCounts{list: slices.Clone(c.list)}
	if c.idx != nil {
		o.idx = make(map[string]int32, len(c.idx))
		for f, i := range c.idx {
			o.idx[f] = i
		}
	}
	return o
}

// anyForm reports whether fn holds for one of the forms.
func (c *formCounts) anyForm(fn func(string) bool) bool {
	return slices.ContainsFunc(c.list, func(x formCount) bool { return fn(x.f) })
}
