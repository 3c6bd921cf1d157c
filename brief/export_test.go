package brief

import "context"

// In tests a panic the engine recovers from fails loudly: a bug must not
// hide behind the empty analysis the user would get.
func init() { onEnginePanic = func(v any) { panic(v) } }

// SetEnginePanicHook makes f what the engine calls with a panic it
// recovered from, for the tests of package brief_test; the function it
// returns restores the previous hook.
func SetEnginePanicHook(f func(any)) (restore func()) {
	old := onEnginePanic
	onEnginePanic = f
	return func() { onEnginePanic = old }
}

// Analysed returns how many articles c analysed rather than took from
// what it kept.
func (c *Cache) Analysed() int { return int(c.analysed.Load()) }

// MergeState is where a merge got to (mergeState).
type MergeState = mergeState

// MergeFrom is mergeFrom: Merge going on from where a merge got to.
func MergeFrom(prev *MergeState, parts ...*ArticleAnalysis) (*Analysis, *MergeState) {
	return mergeFrom(prev, parts...)
}

// Extends reports whether the parts' docs are the state's with more after
// them (mergeDocsFrom then goes on from the state).
func (st *mergeState) Extends(parts ...*ArticleAnalysis) bool {
	var docs []*doc
	var srcs []string
	for i, p := range parts {
		if p != nil && p.a != nil {
			docs, srcs = p.appendDocs(docs, srcs, SourceID(i))
		}
	}
	return st.extends(docs, srcs)
}

// BlockMin and BlockSize are blockMin and blockSize.
const BlockMin, BlockSize = blockMin, blockSize

// Blocks returns the blocks of an article (blocksOf): each an article of
// its own, and the index in a of each one's first sentence.
func Blocks(a *Article) (arts []*Article, sent0 []int) {
	for _, b := range blocksOf(a) {
		arts, sent0 = append(arts, b.a), append(sent0, b.sent0)
	}
	return arts, sent0
}

// BlocksApart analyses the blocks of a each as the engine reads it within
// a (the first one with a's lead, the last with its close) and merges them
// as articles of their own: source "S<k+1>" is block k, cited by its own
// sentences.
func BlocksApart(a *Article) *Analysis {
	var parts []*ArticleAnalysis
	for _, b := range blocksOf(a) {
		d, f, _ := safeAnalyzeDoc(context.Background(), b)
		d.sent0 = 0
		parts = append(parts, &ArticleAnalysis{a: b.a, docs: []*doc{d}, facts: []*mergeFacts{f}})
	}
	return Merge(parts...)
}
