package brief

import (
	"fmt"
	"strings"
	"testing"
)

// TestMergePipeFailure checks that a merge that fails while the blocks
// are analysed (mergePipe) does not take the process down from a worker's
// goroutine: the pipe breaks, and the merge fails again where it always
// did, on the caller's goroutine, where the caller may recover.
func TestMergePipeFailure(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 3*blockMin; i++ {
		fmt.Fprintf(&b, "Mayor Lena Frost of Dunmore said on day %d that the council would reopen the harbour bridge. "+
			"\"We will not wait for the ministry,\" she said.\n\n", i)
	}
	a := NewArticle("Harbour bridge", b.String())
	if n := len(blocksOf(a)); n < 4 {
		t.Fatalf("%d blocks, want at least 4", n)
	}
	testMergeAdd = func(di int) {
		if di == 2 {
			panic("merge failed")
		}
	}
	defer func() { testMergeAdd = nil }()
	got := func() (v any) {
		defer func() { v = recover() }()
		Analyze(a)
		return nil
	}()
	if got != "merge failed" {
		t.Fatalf("Analyze recovered %v on the caller's goroutine, want the merge's panic", got)
	}
	testMergeAdd = nil
	if an := Analyze(a); len(an.Actors) == 0 {
		t.Fatal("no actors once the merge works again")
	}
}
