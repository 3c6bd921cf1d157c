package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/internal/score"
)

const ferryLabel = `{
 "source": {"file": "ferry.txt"},
 "actors": {"key": [
   {"name": "Martin Calder", "aliases": ["Mr Calder"], "kind": "person"},
   {"name": "Northern Isles Ferries", "aliases": [], "kind": "organization"}],
  "also": []},
 "quotes": {"must": [{"key": "We have listened to the islands", "speaker": "Martin Calder"}], "ok": []},
 "commitments": {"must": [{"key": "agreed to freeze fares for a year", "actor": "Northern Isles Ferries"}], "ok": []},
 "disputes": {"must": [], "ok": []}
}`

// The golden: a right commitment with the wrong actor, a false dispute, a
// right quote.
const oldJSON = `{"title": "Fares frozen",
 "actors": [{"name": "Martin Calder", "kind": "person", "role": "", "aliases": ["Mr Calder"]},
            {"name": "Orkney", "kind": "organization", "role": "", "aliases": []}],
 "quotes": [{"text": "We have listened to the islands", "speaker": "Martin Calder"}],
 "commitments": [{"actor": "Martin Calder", "text": "The company agreed to freeze fares for a year."}],
 "disputes": [{"parties": ["Orkney"], "text": "Islanders rejected the timetable."}]}`

// The engine now: the commitment's actor fixed, the dispute gone, a new
// false commitment, Calder with a role, the false actor Orkney kept.
const newJSON = `{"title": "Fares frozen",
 "actors": [{"name": "Martin Calder", "kind": "person", "role": "Chief executive", "aliases": ["Mr Calder"]},
            {"name": "Orkney", "kind": "organization", "role": "", "aliases": []}],
 "quotes": [{"text": "We have listened to the islands", "speaker": "Martin Calder"}],
 "commitments": [{"actor": "Northern Isles Ferries", "text": "The company agreed to freeze fares for a year."},
                 {"actor": "Orkney", "text": "Orkney will hold a vote."}],
 "disputes": []}`

func TestDiff(t *testing.T) {
	var g score.Gold
	if err := json.Unmarshal([]byte(ferryLabel), &g); err != nil {
		t.Fatal(err)
	}
	old, err := judge([]byte(oldJSON), &g, nil)
	if err != nil {
		t.Fatal(err)
	}
	cur, err := judge([]byte(newJSON), &g, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	d := diff("ferry", old, cur, true)
	report(&b, d, true)
	summary(&b, []articleDiff{d})
	got := b.String()
	for _, want := range []string{
		"ferry: 1 added, 1 removed, 2 changed",
		// Actors stay at 0.5 (Orkney false, one key actor of two);
		// commitments lose precision to the new false one, gain
		// attribution; the false dispute goes.
		"label's figures: briefing 0.625 → 0.792, commitments 1.000 → 0.667, attributed commitments 0.000 → 0.667, " +
			"disputes 0.000 → 1.000, attributed disputes 0.000 → 1.000\n",
		"  - dispute (Orkney): Islanders rejected the timetable.  [label: FALSE]\n",
		"  + commitment (Orkney): Orkney will hold a vote.  [label: FALSE]\n",
		"  ~ commitment: Martin Calder → Northern Isles Ferries: The company agreed to freeze fares for a year.  [label: wrong actor → must]\n",
		"  ~ actor Martin Calder: (person) → (person, Chief executive)\n",
		"  kept, and the label calls it wrong:\n    ! actor Orkney (organization)  [label: FALSE]\n",
		"Summary: 1 goldens, 1 changed (ferry +1 −1 ~2); 1 items the labels call wrong kept in 1 goldens",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "quote") {
		t.Errorf("the unchanged, right quote is reported:\n%s", got)
	}

	// No golden yet: everything is new.
	d = diff("ferry", labelled{}, cur, false)
	if !d.newGolden || len(d.added) != len(items(cur)) || len(d.removed) != 0 {
		t.Errorf("a new golden: %+v", d)
	}
}

// TestRepository runs the command on the repository's own goldens, on
// disk and as committed (when git and the history are here).
func TestRepository(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := run(root, "", &b); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	out := b.String()
	names, _ := filepath.Glob(filepath.Join(root, "brief", "testdata", "golden", "*.json"))
	if len(names) < 5 {
		t.Fatalf("only %d goldens", len(names))
	}
	for _, n := range names {
		name := strings.TrimSuffix(filepath.Base(n), ".json")
		if !strings.Contains(out, "\n"+name+": ") {
			t.Errorf("no report for %s:\n%s", name, out)
		}
	}
	if !strings.Contains(out, "\nSummary: ") {
		t.Errorf("no summary:\n%s", out)
	}
	if _, err := exec.LookPath("git"); err != nil {
		return
	}
	if _, err := os.Stat(filepath.Join(root, ".git")); err != nil {
		return
	}
	b.Reset()
	if err := run(root, "HEAD", &b); err != nil {
		t.Errorf("-rev HEAD: %v\n%s", err, b.String())
	}
}
