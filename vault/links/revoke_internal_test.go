package links

import (
	"fmt"
	"testing"
)

// RevokeRecord locks stripes by index; they must be the ones Update locks.
func TestStripeIndexMatchesStripe(t *testing.T) {
	for i := 0; i < 1000; i++ {
		h := HashToken(fmt.Sprint("token-", i))
		if &lockStripes[stripeIndex(h)] != stripe(h) {
			t.Fatalf("stripeIndex(%s) disagrees with stripe", h)
		}
	}
}
