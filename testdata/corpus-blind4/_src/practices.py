# Made-up practices: sender addresses and signature blocks (clean content:
# names, phone numbers and street addresses only).
from common import addr

LUM = addr("Lumière Aesthetics", "hello@lumiereaesthetics.com")
LUM_SIG = """Tara Whitman, RN
Lumière Aesthetics
412 N Larchmont Blvd, Los Angeles, CA 90004
(323) 555-0141 | lumiereaesthetics.com"""

GLOW = addr("Glow Med Spa", "book@glowmedspa.com")
GLOW_SIG = """The Glow Team
Glow Med Spa | 77 Market St, Suite 5, Portsmouth, NH 03801
Call or text (603) 555-0129"""

HARB = addr("Harbor Dermatology", "frontdesk@harborderm.com")
HARB_SIG = """Front Desk
Harbor Dermatology
1180 Harbor Dr, Suite 200, San Diego, CA 92101
P (619) 555-0172  F (619) 555-0173"""

MON = addr("Monarch Plastic Surgery", "coordinator@monarchps.com")
MON_SIG = """Priya Raman
Surgery Coordinator | Monarch Plastic Surgery
3300 Oak Lawn Ave, Suite 400, Dallas, TX 75219
Office (214) 555-0193 | Fax (214) 555-0194"""

CEDAR = addr("Cedar Valley Dermatology", "office@cedarvalleyderm.com")
CEDAR_SIG = """Cedar Valley Dermatology
2601 Cedar Valley Pkwy SE, Cedar Rapids, IA 52402
(319) 555-0166"""

STER = addr("Sterling Facial Plastics", "info@sterlingfp.com")
STER_SIG = """Colleen Burke | Patient Care Coordinator
Sterling Facial Plastics
15 Newbury St, 3rd Floor, Boston, MA 02116
T 617-555-0193"""

AVA = addr("Avalon Cosmetic Surgery", "care@avaloncosmetic.com")
AVA_SIG = """Avalon Cosmetic Surgery
7301 E Camelback Rd, Scottsdale, AZ 85251
480.555.0120 | avaloncosmetic.com"""

SOL = addr("Solstice Skin", "studio@solsticeskin.co")
SOL_SIG = """xo, the Solstice Skin team
2850 E 3rd Ave, Denver, CO 80206 · (720) 555-0134"""

VERVE = addr("Verve Wellness", "care@vervewellness.health")
VERVE_SIG = """Alyssa Moreno, RN, Care Team
Verve Wellness | 1500 S Lamar Blvd #210, Austin, TX 78704
(512) 555-0158 (call or text)"""

PAC = addr("Pacific Contour Surgery", "team@pacificcontour.com")
PAC_SIG = """Lauren Sato
Pacific Contour Surgery
500 Mercer St, Suite 120, Seattle, WA 98109
(206) 555-0117"""

MAG = addr("Magnolia Aesthetics", "citas@magnoliaaesthetics.com")
MAG_SIG = """Magnolia Aesthetics
2250 SW 8th St, Miami, FL 33135
Tel. (305) 555-0182"""

NORTH = addr("Northside Dermatology", "hello@northsidederm.org")
NORTH_SIG = """Jess Romero
Northside Dermatology | 2411 N Clark St, Chicago, IL 60614
773-555-0104"""

BELL = addr("Bellevue Plastic Surgery", "office@bellevueps.com")
BELL_SIG = """Bellevue Plastic Surgery
1200 112th Ave NE, Suite C-250, Bellevue, WA 98004
(425) 555-0150"""

OAK = addr("Oak & Ivy Skin Studio", "hi@oakandivy.studio")
OAK_SIG = """Oak & Ivy Skin Studio
1808 21st Ave S, Nashville, TN 37212 · 615-555-0138"""

HAN = addr("한뷰티 클리닉 LA", "info@hanbeautyla.com")
HAN_SIG = """한뷰티 클리닉 LA (Han Beauty Clinic)
3700 Wilshire Blvd, Suite 610, Los Angeles, CA 90010
(213) 555-0125"""

ROSS = addr("Dr. Ross Women's Health & Aesthetics", "office@drrossaesthetics.com")
ROSS_SIG = """Office of Dr. Hillary Ross
4100 W Kennedy Blvd, Tampa, FL 33609
(813) 555-0161"""
