package portal

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
)

// SetPatients stores directory entries (address → Patient) in one durable
// commit with one audit event per entry. The audit records the address as
// a recipient (so an admin can answer "what do we hold for this person"),
// never the date of birth or name.
func SetPatients(ctx context.Context, v *vault.Vault, entries map[string]Patient, actor string) error {
	b := v.NewBatch()
	now := v.Now().UTC()
	for addr, p := range entries {
		addr = strings.TrimSpace(addr)
		if addr == "" {
			return fmt.Errorf("portal: patient entry without an address")
		}
		if err := checkPatient(addr, &p); err != nil {
			return err
		}
		val, err := json.Marshal(p)
		if err != nil {
			return err
		}
		b.Put(vault.KSPatient, PatientKey(addr), val)
		b.Audit(audit.Event{Time: now, Actor: actor, Action: audit.ActPatientChanged, Channel: "cli",
			Recipients: []string{PatientKey(addr)}, Outcome: "ok"})
	}
	defer dirGen.Add(1) // landing pages' directory cache
	if err := v.Commit(ctx, b); err != nil {
		return fmt.Errorf("portal: patient directory: %w", err)
	}
	return nil
}

// RemovePatient removes the directory entry of addr, with an audit event.
func RemovePatient(ctx context.Context, v *vault.Vault, addr, actor string) error {
	if _, err := GetPatient(ctx, v, addr); err != nil {
		return err
	}
	b := v.NewBatch()
	b.Delete(vault.KSPatient, PatientKey(addr))
	b.Audit(audit.Event{Time: v.Now().UTC(), Actor: actor, Action: audit.ActPatientChanged, Channel: "cli",
		Recipients: []string{PatientKey(addr)}, Outcome: "ok", Detail: "removed"})
	defer dirGen.Add(1) // landing pages' directory cache
	return v.Commit(ctx, b)
}
