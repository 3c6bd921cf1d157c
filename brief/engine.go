package brief

// doc is the engine's working state for one article.
type doc struct {
	a   *Article
	src string
}

// analyzeDoc runs the extraction stages over one article.
func analyzeDoc(a *Article, src string) *doc {
	return &doc{a: a, src: src}
}

// mergeDocs merges the per-article results into the analysis.
func mergeDocs(an *Analysis, docs []*doc) {}
