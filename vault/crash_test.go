package vault

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/phigate/phigate/vault/audit"
)

// TestAckedCommitsSurviveKill runs 20 writers in a child process that is
// SIGKILLed (no Close, no flush) after 300 acknowledged commits. Every commit
// the child reported as acknowledged must be there after reopening, and the
// audit chain must verify. (A process kill leaves the page cache; the fsync
// itself is Badger's SyncWrites, asserted below, not something a test in a
// running kernel can observe.)
func TestAckedCommitsSurviveKill(t *testing.T) {
	if dir := os.Getenv("PHIGATE_VAULT_CRASH_CHILD"); dir != "" {
		crashChild(dir)
		return
	}
	if !badgerOptions(t.TempDir(), testKey, quietLogger()).SyncWrites {
		t.Fatal("Badger runs without SyncWrites: commits are not fsynced")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestAckedCommitsSurviveKill$")
	cmd.Env = append(os.Environ(), "PHIGATE_VAULT_CRASH_CHILD="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acked []string
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if id, ok := strings.CutPrefix(sc.Text(), "ACK "); ok {
			acked = append(acked, id)
		}
	}
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child did not die of SIGKILL: %v", err)
	}
	if len(acked) < 300 {
		t.Fatalf("child acknowledged only %d commits", len(acked))
	}
	v := openTest(t, dir, newClock())
	defer v.Close()
	ctx := context.Background()
	t.Logf("child acknowledged %d commits before SIGKILL", len(acked))
	for _, id := range acked {
		if val, err := v.Get(ctx, KSQueue, id); err != nil || string(val) != "item "+id {
			t.Fatalf("acknowledged %s lost after kill: %v", id, err)
		}
	}
	n, _, err := v.AuditVerify(ctx, nil)
	t.Logf("%d audit entries after reopening", n)
	if err != nil || n < uint64(len(acked)) {
		t.Fatalf("audit after kill: %d entries for %d acknowledged, %v", n, len(acked), err)
	}
	// The sequencer continues the chain after the crash.
	appendEvents(t, v, 1)
	if _, _, err := v.AuditVerify(ctx, nil); err != nil {
		t.Fatal(err)
	}
}

func crashChild(dir string) {
	v, err := Open(context.Background(), testOpts(dir, newClock()))
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(2)
	}
	var mu sync.Mutex
	acked := 0
	var wg sync.WaitGroup
	for w := 0; w < 20; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; ; i++ {
				id := fmt.Sprintf("w%02d-%04d", w, i)
				b := v.NewBatch()
				b.Put(KSQueue, id, []byte("item "+id))
				b.Audit(audit.Event{Actor: "system", Action: audit.ActAccepted, Objects: []string{"q:" + id}})
				if err := v.Commit(context.Background(), b); err != nil {
					fmt.Println("ERR", err)
					os.Exit(2)
				}
				mu.Lock()
				fmt.Println("ACK", id) // unbuffered: written before the next kill check
				acked++
				if acked == 300 {
					syscall.Kill(os.Getpid(), syscall.SIGKILL)
				}
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
}
