package portal

import (
	"context"
	"errors"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
	"github.com/phigate/phigate/vault/users"
)

// staffClient signs a staff user in through the login form.
func (e *env) staffClient(email, role string) (*client, *users.User) {
	e.t.Helper()
	u, err := users.Add(context.Background(), e.v, email, role, "correct horse battery", "test")
	if err != nil {
		e.t.Fatal(err)
	}
	c := e.client()
	login := c.get("/staff/login")
	if r := c.post("/staff/login", url.Values{"csrf": {csrfOf(e.t, login.Body)}, "email": {email}, "password": {"correct horse battery"}}); r.Code != 303 {
		e.t.Fatalf("staff login %s: %d", email, r.Code)
	}
	return c, u
}

// lock fails the date-of-birth check until the link locks.
func (e *env) lock(token string) {
	e.t.Helper()
	for range e.cfg.Portal.MaxAttempts {
		e.client().verifyDOB(token, "1999", "1", "1")
	}
	if e.link(token).StateAt(e.clk.Now()) != links.Locked {
		e.t.Fatal("link did not lock")
	}
}

// TestStaffUnlockAndResend: the sender (or an admin) unlocks a locked link
// or sends a new one from the staff view; each is audited; other staff
// cannot see or touch the link; the patient gets in with the same link
// after an unlock and only with the new link after a resend.
func TestStaffUnlockAndResend(t *testing.T) {
	e := newEnv(t)
	e.listen()
	ctx := context.Background()
	PutPatient(ctx, e.v, "pat@example.com", Patient{DOB: "1984-03-27"})
	tok, l := e.seal(testMessage(t, exifJPEG(t, 8, 8), ""), "pat@example.com", queue.ChannelEmail)
	e.lock(tok)

	other, _ := e.staffClient("other@clinic.example", users.RoleStaff)
	if r := other.get("/staff/links"); r.Code != 200 || strings.Contains(r.Body, l.ID) {
		t.Fatalf("another user sees the link: %d", r.Code)
	}
	if r := other.get("/staff/links?to=pat@example.com"); strings.Contains(r.Body, l.ID) {
		t.Fatal("another user finds the link")
	}
	page := other.get("/staff/links")
	if r := other.post("/staff/links/"+l.ID+"/unlock", url.Values{"csrf": {csrfOf(t, page.Body)}}); r.Code != 404 {
		t.Fatalf("another user unlocks: %d", r.Code)
	}

	sender, su := e.staffClient("rivera@clinic.example", users.RoleStaff)
	page = sender.get("/staff/links")
	if page.Code != 200 || !strings.Contains(page.Body, l.ID) || !strings.Contains(page.Body, "locked") {
		t.Fatalf("sender's locked links: %d\n%s", page.Code, page.Body)
	}
	csrf := csrfOf(t, page.Body)
	tests := []struct {
		name, path, csrf string
		code             int
	}{
		{"no csrf", "/staff/links/" + l.ID + "/unlock", "", 403},
		{"wrong csrf", "/staff/links/" + l.ID + "/unlock", "x" + csrf, 403},
		{"unknown link", "/staff/links/00112233445566778899aabb/unlock", csrf, 404},
		{"unknown action", "/staff/links/" + l.ID + "/explode", csrf, 404},
		{"unlock", "/staff/links/" + l.ID + "/unlock", csrf, 303},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if r := sender.post(tc.path, url.Values{"csrf": {tc.csrf}}); r.Code != tc.code {
				t.Fatalf("status %d, want %d", r.Code, tc.code)
			}
		})
	}
	if r := sender.get("/staff/links/" + l.ID + "/unlock"); r.Code != 405 {
		t.Errorf("GET on an action: %d", r.Code)
	}
	if r := e.client().verifyDOB(tok, "1984", "3", "27"); r.Code != 303 {
		t.Fatalf("same link after unlock: %d", r.Code)
	}
	var unlocked *audit.Event
	for _, ev := range auditActions(t, e.v) {
		if ev.Action == audit.ActUnlocked {
			unlocked = &ev
		}
	}
	if unlocked == nil || unlocked.Actor != "user:"+su.ID || !strings.Contains(strings.Join(unlocked.Objects, " "), "lnk:"+l.ID) {
		t.Fatalf("unlock audit event: %+v", unlocked)
	}

	// Resend: a new link goes out through the queue; the old one is dead.
	tok2, l2 := e.seal(testMessage(t, exifJPEG(t, 8, 8), ""), "pat@example.com", queue.ChannelEmail)
	e.lock(tok2)
	page = sender.get("/staff/links?to=PAT@example.com")
	if !strings.Contains(page.Body, l2.ID) {
		t.Fatalf("search by address lacks the link:\n%s", page.Body)
	}
	if r := sender.post("/staff/links/"+l2.ID+"/resend", url.Values{"csrf": {csrf}}); r.Code != 303 || !strings.Contains(r.Header.Get("Location"), "done=resent") {
		t.Fatalf("resend: %d %s", r.Code, r.Header.Get("Location"))
	}
	if r := e.client().get("/s/" + tok2); r.Code != 410 {
		t.Errorf("old link after resend: %d, want 410", r.Code)
	}
	var notice *queue.Item
	for _, it := range e.queued(queue.KindNotice) {
		if it.To == "pat@example.com" {
			notice = it
		}
	}
	if notice == nil || notice.From != "rivera@clinic.example" {
		t.Fatalf("new notice: %+v", notice)
	}
	body := string(notice.Data)
	for _, leak := range []string{"lab results", "Rivera", "results.pdf"} {
		if strings.Contains(body, leak) {
			t.Errorf("resent notice leaks %q", leak)
		}
	}
	m := regexp.MustCompile(regexp.QuoteMeta(e.cfg.Portal.BaseURL) + `/s/([A-Za-z0-9_-]+)`).FindStringSubmatch(body)
	if m == nil || m[1] == tok2 || !strings.Contains(body, "+1 555 0100") || !strings.Contains(body, "never ask you for a password") {
		t.Fatalf("resent notice:\n%s", body)
	}
	if r := e.client().verifyDOB(m[1], "1984", "3", "27"); r.Code != 303 {
		t.Fatalf("new link: %d", r.Code)
	}
	if n := countAction(auditActions(t, e.v), audit.ActLinkResent); n != 1 {
		t.Errorf("%d link.resent events", n)
	}

	// An admin manages any link; a shredded message cannot be resent.
	admin, _ := e.staffClient("boss@clinic.example", users.RoleAdmin)
	tok3, l3 := e.seal([]byte("Subject: x\r\n\r\nbody"), "pat@example.com", queue.ChannelEmail)
	e.lock(tok3)
	if r := admin.get("/staff/links"); !strings.Contains(r.Body, l3.ID) {
		t.Fatal("admin does not see a locked link")
	}
	if err := e.v.ShredRecord(ctx, l3.RecordID, "user:test", "portal"); err != nil {
		t.Fatal(err)
	}
	if _, err := ResendLink(ctx, e.v, e.cfg, l3.ID, "cli:test"); !errors.Is(err, ErrRecordGone) {
		t.Fatalf("resend of a shredded message: %v", err)
	}
	if err := UnlockLink(ctx, e.v, l3.ID, "cli:test"); err != nil {
		t.Fatal(err)
	}
	if _, err := ResendLink(ctx, e.v, e.cfg, "ffffffffffffffffffffffff", "cli:test"); !errors.Is(err, links.ErrUnknown) {
		t.Fatalf("unknown link: %v", err)
	}
}
