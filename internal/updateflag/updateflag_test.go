package updateflag

import (
	"flag"
	"io"
	"strings"
	"testing"
)

// parse parses args with a -update flag of its own.
func parse(args ...string) (*Flag, error) {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	f := &Flag{kind: "golden"}
	fs.Var(f, "update", "")
	return f, fs.Parse(args)
}

func TestBareUpdateIsRefused(t *testing.T) {
	for _, args := range [][]string{{"-update"}, {"-update=true"}, {"--update"}} {
		_, err := parse(args...)
		if err == nil || !strings.Contains(err.Error(), "-update must name what it rewrites: -update=golden") {
			t.Errorf("%q: error %v, want the refusal", args, err)
		}
	}
}

func TestNames(t *testing.T) {
	cases := []struct {
		args    []string
		on, tax bool   // On(), Wants("tax-row")
		want    string // String()
	}{
		{nil, false, false, ""},
		{[]string{"-update=false"}, false, false, ""},
		{[]string{"-update=golden"}, true, true, "all"},
		{[]string{"-update=all"}, true, true, "all"},
		{[]string{"-update=tax-row"}, true, true, "tax-row"},
		{[]string{"-update", "ceasefire,sample"}, false, false, ""}, // bare: refused before the value
		{[]string{"-update=ceasefire, sample"}, true, false, "ceasefire,sample"},
	}
	for _, c := range cases {
		f, err := parse(c.args...)
		if len(c.args) == 2 {
			if err == nil {
				t.Errorf("%q: no error", c.args)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.args, err)
			continue
		}
		if f.On() != c.on || f.Wants("tax-row") != c.tax || f.String() != c.want {
			t.Errorf("%q: On %v Wants(tax-row) %v String %q", c.args, f.On(), f.Wants("tax-row"), f.String())
		}
	}
	if _, err := parse("-update=a,,b"); err == nil {
		t.Errorf("an empty name: no error")
	}
	f, _ := parse("-update=tax-row,taxrow")
	if bad := f.Unknown([]string{"tax-row", "sample"}); len(bad) != 1 || bad[0] != "taxrow" {
		t.Errorf("Unknown = %q, want [taxrow]", bad)
	}
}
