package portal

import (
	"bytes"
	"context"
	"encoding/json"
	"mime/multipart"
	"net/url"
	"strings"
	"testing"

	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/queue"
	"github.com/phigate/phigate/vault/users"
)

// TestAuditEvents: every landing view, code sent, failed check, lock,
// verification, message view, download, reply, unlock, resend and failed
// staff sign-in adds exactly its audit event, naming the link and never
// the date of birth, the code, the address or the message.
func TestAuditEvents(t *testing.T) {
	e := newEnv(t)
	e.listen()
	ctx := context.Background()
	PutPatient(ctx, e.v, "pat@example.com", Patient{DOB: "1984-03-27"})
	tok, l := e.seal(testMessage(t, exifJPEG(t, 16, 16), ""), "pat@example.com", queue.ChannelEmail)
	codeTok, cl := e.seal(testMessage(t, exifJPEG(t, 16, 16), ""), "nodob@example.com", queue.ChannelEmail)
	lockTok, ll := e.seal([]byte("From: rivera@clinic.example\r\nSubject: x\r\n\r\nbody"), "pat@example.com", queue.ChannelEmail)
	staff, su := e.staffClient("rivera@clinic.example", users.RoleStaff)
	c := e.client()
	var view *resp
	var code string

	steps := []struct {
		name, action, actor, object string
		do                          func(t *testing.T)
	}{
		{"landing", audit.ActLinkViewed, "patient:" + l.ID, "lnk:" + l.ID, func(t *testing.T) {
			if r := c.get("/s/" + tok); r.Code != 200 {
				t.Fatal(r.Code)
			}
		}},
		{"code sent", audit.ActCodeSent, "patient:" + cl.ID, "lnk:" + cl.ID, func(t *testing.T) {
			cc := e.client()
			r := cc.get("/s/" + codeTok)
			if r := cc.post("/s/"+codeTok+"/code", url.Values{"csrf": {csrfOf(t, r.Body)}}); r.Code != 303 {
				t.Fatal(r.Code)
			}
			it := e.queued(queue.KindCode)[0]
			code = string(it.Data[bytes.Index(it.Data, []byte("code is "))+8:][:6])
		}},
		{"failed check", audit.ActVerifyFailed, "patient:" + l.ID, "lnk:" + l.ID, func(t *testing.T) {
			if r := c.post("/s/"+tok+"/verify", url.Values{"csrf": {csrfOf(t, c.get("/s/"+tok).Body)}, "year": {"1984"}, "month": {"3"}, "day": {"28"}}); r.Code != 400 {
				t.Fatal(r.Code)
			}
		}},
		{"lock", audit.ActLocked, "patient:" + ll.ID, "lnk:" + ll.ID, func(t *testing.T) { e.lock(lockTok) }},
		{"verified", audit.ActVerified, "patient:" + l.ID, "lnk:" + l.ID, func(t *testing.T) {
			if r := c.post("/s/"+tok+"/verify", url.Values{"csrf": {csrfOf(t, c.get("/s/"+tok).Body)}, "year": {"1984"}, "month": {"3"}, "day": {"27"}}); r.Code != 303 {
				t.Fatal(r.Code)
			}
		}},
		{"message view", audit.ActMessageViewed, "patient:" + l.ID, "rec:" + l.RecordID, func(t *testing.T) {
			if view = c.get("/m"); view.Code != 200 {
				t.Fatal(view.Code)
			}
		}},
		{"download", audit.ActDownload, "patient:" + l.ID, "lnk:" + l.ID, func(t *testing.T) {
			if r := c.get(regexpAll(`/m/[A-Za-z0-9_-]+/file/[0-9]+`, view.Body)[0]); r.Code != 200 {
				t.Fatal(r.Code)
			}
		}},
		{"reply", audit.ActReply, "patient:" + l.ID, "lnk:" + l.ID, func(t *testing.T) {
			var body bytes.Buffer
			mw := multipart.NewWriter(&body)
			mw.WriteField("csrf", csrfOf(t, view.Body))
			mw.WriteField("text", "my private reply")
			mw.Close()
			if r := c.do("POST", "/m/reply", &body, mw.FormDataContentType()); r.Code != 303 {
				t.Fatal(r.Code)
			}
		}},
		{"unlock", audit.ActUnlocked, "user:" + su.ID, "lnk:" + ll.ID, func(t *testing.T) {
			p := staff.get("/staff/links")
			if r := staff.post("/staff/links/"+ll.ID+"/unlock", url.Values{"csrf": {csrfOf(t, p.Body)}}); r.Code != 303 {
				t.Fatal(r.Code)
			}
		}},
		{"resend", audit.ActLinkResent, "user:" + su.ID, "lnk:" + ll.ID, func(t *testing.T) {
			p := staff.get("/staff/links?to=pat@example.com")
			if r := staff.post("/staff/links/"+ll.ID+"/resend", url.Values{"csrf": {csrfOf(t, p.Body)}}); r.Code != 303 {
				t.Fatal(r.Code)
			}
		}},
		{"staff sign-in failed", audit.ActAuthFailed, "ip:127.0.0.1", "", func(t *testing.T) {
			sc := e.client()
			p := sc.get("/staff/login")
			if r := sc.post("/staff/login", url.Values{"csrf": {csrfOf(t, p.Body)}, "email": {"rivera@clinic.example"}, "password": {"not the password"}}); r.Code != 401 {
				t.Fatal(r.Code)
			}
		}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			before := auditActions(t, e.v)
			st.do(t)
			after := auditActions(t, e.v)
			var got []audit.Event
			for _, ev := range after[len(before):] {
				if ev.Action == st.action {
					got = append(got, ev)
				}
			}
			if len(got) != 1 {
				t.Fatalf("%d %q events, want 1 (new events: %v)", len(got), st.action, after[len(before):])
			}
			ev := got[0]
			if ev.Actor != st.actor {
				t.Errorf("actor %q, want %q", ev.Actor, st.actor)
			}
			if st.object != "" && !strings.Contains(strings.Join(ev.Objects, " "), st.object) {
				t.Errorf("objects %v lack %s", ev.Objects, st.object)
			}
			raw, _ := json.Marshal(ev)
			for _, phi := range []string{"1984", "pat@example.com", "nodob@", "lab results", "private reply", "results.pdf"} {
				if strings.Contains(string(raw), phi) {
					t.Errorf("event carries %q: %s", phi, raw)
				}
			}
			if code != "" && strings.Contains(string(raw), code) {
				t.Errorf("event carries the one-time code: %s", raw)
			}
		})
	}
}
