# Shared, hand-written pieces: practice e-mail signatures and a Luhn helper.
# Signatures are plain contact blocks (phone/address): on their own they are
# not PHI, so they appear in both phi/ and clean/ messages.

SIG = {
    "bellhaven": """--
Front Desk | Bellhaven Aesthetics
2210 S Lamar Blvd, Suite 140
Austin, TX 78704
(512) 555-0131
bellhavenaesthetics.com""",
    "cedar": """Warm regards,
Patient Care Team
Cedar Ridge Plastic Surgery
8800 N MoPac Expy, Suite 300, Austin, TX 78759
Phone 512-555-0190 | Fax 512-555-0191""",
    "marigold": """xo,
The Marigold Med Spa team
415 E Houston St, San Antonio, TX 78205
Call or text: 210-555-0163""",
    "halcyon": """Halcyon Dermatology
1200 Peachtree St NE, Ste 850
Atlanta, GA 30309
Tel (404) 555-0117""",
    "lumen": """Lumen Skin & Laser
77 Newbury St, 4th Floor
Boston, MA 02116
617-555-0142""",
    "brightwater": """Brightwater Plastic Surgery
3300 Biscayne Blvd, Suite 600
Miami, FL 33137
(305) 555-0188 | brightwaterps.com""",
    "verde": """Verde Wellness & Weight
1840 E Camelback Rd, Phoenix, AZ 85016
602-555-0125 (call/text)""",
    "sage": """Sage Hormone & Aesthetics
5120 Preston Rd, Suite 210
Dallas, TX 75205
214-555-0109""",
    "stonebridge": """Stonebridge Dermatology
960 Market St, Suite 12
San Francisco, CA 94102
(415) 555-0150 | Fax (415) 555-0151""",
    "tidewater": """Tidewater Aesthetics
220 W Main St, Norfolk, VA 23510
757-555-0133""",
    "juniper": """Juniper Laser Studio
1515 Pearl St, Boulder, CO 80302
303-555-0177""",
    "rosewood": """Rosewood Skin Clinic
4410 Roosevelt Way NE
Seattle, WA 98105
206-555-0166""",
    "palomar": """Palomar Dermatology Associates
2020 Camino del Rio N, Suite 400
San Diego, CA 92108
Main: 619-555-0121""",
    "oakivory": """Oak & Ivory Med Spa
18 Hudson St, Hoboken, NJ 07030
201-555-0158""",
    "northshore": """Northshore Facial Plastics
1000 Skokie Blvd, Suite 250
Wilmette, IL 60091
847-555-0114""",
    "vela": """Vela Med Spa
2600 Westheimer Rd, Houston, TX 77098
713-555-0182 | @velamedspa""",
    "solace": """Solace Body Contouring
700 N Tryon St, Suite 5
Charlotte, NC 28202
704-555-0139""",
    "aurelia": """Aurelia Aesthetic Institute
9601 Wilshire Blvd, Beverly Hills, CA 90210
310-555-0104""",
}


def luhn_ok(digits: str) -> bool:
    d = [int(c) for c in digits if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0
