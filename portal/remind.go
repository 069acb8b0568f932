package portal

import (
	"context"
	"errors"
	"time"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
)

// RunReminders sends the one unread reminder per link: when a link has not
// been verified portal.reminder_after after it was issued, a reminder with
// the same link is queued. It also shreds the sealed tokens of links that
// can no longer be reminded. It returns when ctx is done; with
// portal.reminder_after 0 it only waits.
func (s *Server) RunReminders(ctx context.Context) error {
	after := s.cfg.Portal.ReminderAfter
	if after <= 0 {
		<-ctx.Done()
		return nil
	}
	every := min(max(after/20, time.Second), time.Minute)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := s.SweepReminders(ctx); err != nil && ctx.Err() == nil {
			s.log.Error("reminder sweep", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// SweepReminders runs one reminder pass and returns how many reminders it
// queued.
func (s *Server) SweepReminders(ctx context.Context) (int, error) {
	after := s.cfg.Portal.ReminderAfter
	now := s.now().UTC()
	var due []string
	err := links.Each(ctx, s.v, func(l *links.Link) error {
		if l.TokenSealed {
			due = append(due, l.Hash)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	sent := 0
	for _, hash := range due {
		queued := false
		_, err := links.Update(ctx, s.v, hash, func(l *links.Link, b *vault.Batch) error {
			if !l.TokenSealed {
				return errNoWrite
			}
			done := l.Reminded || !l.FirstViewed.IsZero() || l.StateAt(now) == links.Expired || l.StateAt(now) == links.Revoked
			if !done && (after <= 0 || now.Sub(l.Created) < after) {
				return errNoWrite
			}
			if !done && l.StateAt(now) == links.Active {
				raw, _, err := s.v.OpenRecord(ctx, links.TokenRecordID(l.ID))
				if err == nil {
					it := s.reminderItem(ctx, l, string(raw), now)
					if err := queue.Put(b, it); err != nil {
						return err
					}
					l.Reminded = true
					queued = true
				} else if !errors.Is(err, vault.ErrShredded) && !errors.Is(err, vault.ErrNotFound) {
					return err
				}
			} else if !done {
				return errNoWrite // locked: try again later
			}
			b.Shred(links.TokenRecordID(l.ID))
			l.TokenSealed = false
			return nil
		})
		if err != nil && !errors.Is(err, errNoWrite) && !errors.Is(err, links.ErrUnknown) {
			return sent, err
		}
		if queued {
			sent++
		}
	}
	if sent > 0 && s.kick != nil {
		s.kick()
	}
	return sent, nil
}
