package batchstart

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/briefing-app/briefing/internal/hugeheap"
)

// helperEnv makes the test binary, started again by TestCommandsReadied
// with a command's name for its first argument, report what its init did
// instead of running the tests.
const helperEnv = "BATCHSTART_HELPER"

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) != "" {
		advised, _ := hugeheap.AdvisedIn(0, ^uintptr(0))
		fmt.Println(advised >= heapRegion/2)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestCommandsReadied starts the test binary again as each command would
// start and checks what the package's init did before main: the batch
// commands' heap has a region that asks for huge pages, the app's and the
// other commands' has not.
func TestCommandsReadied(t *testing.T) {
	mode, _ := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if !bytes.Contains(mode, []byte("[madvise]")) {
		t.Skip("this kernel gives huge pages to every mapping or to none")
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"analyze", "a.txt"}, "true"},
		{[]string{"export", "-o", "x.pdf", "a.txt"}, "true"},
		{[]string{"version"}, "false"},
		{[]string{"a.txt"}, "false"}, // the app, with an article
		{nil, "false"},               // the app
	} {
		cmd := exec.Command(os.Args[0], c.args...)
		cmd.Env = append(os.Environ(), helperEnv+"=1")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		if got := strings.TrimSpace(string(out)); got != c.want {
			t.Errorf("%v: a heap region asks for huge pages: %s, want %s", c.args, got, c.want)
		}
	}
}
