package brief

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestMergeGoesOnAcrossArticles checks merges that go on from the merge of
// the articles before (mergeFrom) where merging changes actors made before:
// three outlets of our own that disagree on a man's given names and name
// him by surname alone, added one at a time in every order. Each merge is
// Merge's from scratch, and leaves the state it went on from as it was.
func TestMergeGoesOnAcrossArticles(t *testing.T) {
	arts := crossArticles()
	parts := make([]*ArticleAnalysis, len(arts))
	for i, a := range arts {
		p, err := AnalyzeArticle(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		parts[i] = p
	}
	for _, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		var st *mergeState
		var list []*ArticleAnalysis
		for _, k := range order {
			list = append(list, parts[k])
			prev := st
			if len(list) > 1 && !prev.Extends(list...) {
				t.Fatalf("order %v: the merge of %d articles does not go on from the one before", order, len(list))
			}
			before := stateString(prev)
			var got *Analysis
			got, st = mergeFrom(prev, list...)
			if stateString(prev) != before {
				t.Fatalf("order %v, %d articles: the merge changed the state it went on from", order, len(list))
			}
			want := Merge(list...)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("order %v, %d articles: the merge that went on differs from Merge", order, len(list))
			}
			if again, _ := mergeFrom(prev, list...); !reflect.DeepEqual(again, want) {
				t.Fatalf("order %v, %d articles: a second merge from the same state differs: the first changed it", order, len(list))
			}
		}
	}
}

// stateString prints all of a merge state, to tell whether it changed.
func stateString(st *mergeState) string {
	if st == nil {
		return ""
	}
	var sb strings.Builder
	for _, g := range st.actors {
		fmt.Fprintf(&sb, "%+v\n", *g)
	}
	fmt.Fprintf(&sb, "%v\n", st.entName)
	for n := st.byName; n != nil; n = n.base {
		fmt.Fprintf(&sb, "%v\n", n.m)
	}
	for x := st.x; x != nil; x = x.base {
		fmt.Fprintf(&sb, "%v\n", x.m)
	}
	return sb.String()
}
