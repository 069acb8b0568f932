# Hand-written clean email bodies: (subject, body)
EMAIL_CLEAN = [
("Your appointment is confirmed",
"""Hi Alexis,

Thank you for booking with Lumière Aesthetics! Your appointment details:

  Date: Thursday, March 14
  Time: 10:30 AM
  Provider: Dana Whitfield, RN
  Length: 45 minutes

Please arrive 10 minutes early. If you need to reschedule, reply to this email or call (555) 310-4477 at least 24 hours ahead to avoid a $50 late-cancel fee.

Warmly,
Front Desk Team
Lumière Aesthetics | 2100 Harbor Blvd, Suite 4 | Costa Mesa, CA
"""),
("Receipt for your purchase – Order #100482",
"""Hi Jenna,

Thanks for your order!

  Order #: 100482
  Date: 04/18/2024
  Items: Gift card ($200.00), Branded tote ($18.00)
  Subtotal: $218.00
  Tax: $0.00
  Total charged: $218.00 to Visa ending 4242

Tracking: 9400 1118 9922 3344 5566 77 (USPS)

Questions? Reply to this email.
Glow Aesthetics Boutique
"""),
("Office closed for the holiday",
"""Hello friends,

Our office will be closed Thursday 11/28 and Friday 11/29 for Thanksgiving. We'll reopen Saturday 11/30 at 9 AM.

Need to reach us? Leave a voicemail at 555-210-3344 or message us through the portal and we'll respond when we're back.

Happy Thanksgiving!
The Radiance Team
"""),
("Re: Can I bring my baby?",
"""Hi Rachel,

Of course! Little ones are welcome in the waiting area. We have a changing table in the restroom by the lift.

Lauren

On Wed, Jun 5, 2024 at 7:02 PM Rachel <rachel.j@example.com> wrote:
> Hi Lauren! My sitter cancelled for Friday. Is it ok if I bring my
> 4-month-old along? She'll be in her carrier the whole time.
"""),
("Your account password was changed",
"""Hi Kevin,

The password for your patient portal account was changed on 05/02/2024 at 3:14 PM PT. If this was you, no action is needed.

If you did not make this change, please reset your password right away: https://portal.example-clinic.com/reset

Reference: SEC-5520-1187

Thank you,
Support Team
"""),
("Parking update – lot construction",
"""Hi everyone,

Starting Monday, June 3, the east parking lot will be closed for resurfacing for about two weeks. During construction:

- Use the west lot off Maple Ave (entrance next to the bank)
- Valet is complimentary Tue–Thu, 9 AM–3 PM
- Accessible spots remain available by the main door

The crew says they will peel up the old asphalt first, so it may be noisy in the mornings. We apologize for the inconvenience!

Facilities Team
Harbor Aesthetics & Wellness
"""),
("We're hiring!",
"""Hi friends,

Know someone who loves people and organization? We're hiring a full-time Patient Care Coordinator.

  - Schedule: Mon–Fri, 8:30–5:30
  - Pay: $22–$26/hr, DOE
  - Benefits: health, dental, 401(k), PTO, and a generous staff discount

Apply at careers.example-medspa.com/pcc-2024 or forward this to someone who'd be a great fit.

Thanks!
Maya Ortiz, Practice Manager
"""),
("Your gift card from Sarah 🎁",
"""Hi Tasha!

Sarah sent you a $150 e-gift card to Aura Med Spa with this message:

  "Happy 30th!! Treat yourself ❤️"

Gift card #: 6012-8840-1130-2217
PIN: 4471
Expires: Never

Redeem online or at the front desk.
"""),
("Invoice INV-2024-0893",
"""Dear Ms. Delgado,

Please find below the details of your invoice:

  Invoice #: INV-2024-0893
  Date issued: 02/11/2024
  Due: 03/11/2024
  Amount due: $380.00
  Payment received: $380.00 (Mastercard ending 9903)
  Balance: $0.00

Thank you for your prompt payment.

Billing Department
Coastal Skin Center, 401 Ocean Ave, Santa Monica, CA 90401
"""),
("Welcome to the practice, Meredith!",
"""Welcome to Willow Aesthetic Medicine!

We're so glad you've joined us. Your account is ready — log in any time to see upcoming visits, pay invoices, and update your contact info.

Office hours: Mon–Fri 9–6, Sat 9–1
Address: 88 Willow Lane, Suite 12, Boulder, CO
Phone: (555) 440-1020

See you soon!
"""),
("Thank you for your payment",
"""Dear Tobias,

We have received your payment of $275.00 on invoice #W-30188. Thank you!

Kind regards,
Accounts, Nordic Skin Studio
"""),
("Your feedback matters 💬",
"""Hi Ivy!

Thanks for visiting us on Saturday. Could you spare 60 seconds to tell us how we did?

  ⭐⭐⭐⭐⭐ Leave a review: https://g.page/r/example-review

As a thank-you, you'll be entered into our monthly drawing for a $100 gift card. Winner announced 6/30!

xo,
Chelsea & the Glow Team
"""),
("Re: Re: rescheduling",
"""Perfect, you're now booked for Tuesday the 9th at 1:30 PM. See you then!

Bri

> On Mon, Apr 1, Patient wrote:
> Ok Tuesday works. I just need to be out by 2:30 to get my kids from
> school, is that enough time?
>
> > On Mon, Apr 1, Bri wrote:
> > Hi! Dr. Moss had a cancellation. Would Tuesday the 9th work
> > instead of Thursday?
"""),
("Aviso: cambio de horario",
"""Estimados pacientes,

A partir del 1 de julio, nuestro horario será:

  Lunes a viernes: 9:00 a 18:00
  Sábado: 9:00 a 14:00
  Domingo: cerrado

Puede reservar su cita en línea las 24 horas en www.clinicasol.example o llamando al 555-881-2020.

Atentamente,
Clínica Estética Sol
"""),
("Confirmación de su cita",
"""Hola Camila,

Le confirmamos su cita el martes 14 de mayo a las 11:30 a.m. con la Dra. Navarro.

Por favor llegue 10 minutos antes y traiga una identificación con foto. Si necesita cancelar, avísenos con 24 horas de anticipación.

¡Gracias!
Recepción
"""),
("Lembrete de consulta",
"""Olá Isabela,

Seu horário está marcado para terça-feira, 10h, com a Dra. Camargo. Chegue com 10 minutos de antecedência. Estacionamento gratuito no subsolo.

Abraços,
Equipe Dra. Camargo
"""),
("Thông báo nghỉ Tết",
"""Kính gửi quý khách,

Phòng khám sẽ nghỉ Tết Nguyên Đán từ ngày 8/2 đến hết ngày 14/2. Chúng tôi sẽ làm việc trở lại vào ngày 15/2.

Chúc quý khách năm mới an khang thịnh vượng!
Sài Gòn Beauty
"""),
("예약 안내",
"""수아 님,

다음 주 수요일 오후 3시 예약이 확정되었습니다. 주차는 건물 지하 주차장을 이용해 주시고, 변경이 필요하시면 하루 전까지 연락 부탁드립니다.

감사합니다.
강남 뷰티
"""),
("Your upcoming visit",
"""Hi Nick,

Just confirming your appointment on Friday, 10/11 at 3 PM with Jamie Cole, NP.

Check-in code: 7HX-2281 (please have this ready at the kiosk).

See you soon!
"""),
("Re: Lost and found",
"""Hi Marcy,

Yes! We found a navy cardigan in Room 2 after your visit. It's hanging in the staff closet with your first name on a sticky note.

Front Desk

> On Thu, Marcy wrote:
> I think I left my sweater there yesterday?? navy, kind of long
"""),
("Client Appreciation Night 🥂",
"""You're invited!

  Thursday, December 12
  6:00 – 8:30 PM
  Aura Med Spa, 455 Pine St

Join us for bubbly, bites, a live DJ, and raffle prizes (including a $500 gift card!). Bring a friend — the first 50 guests get a swag bag.

RSVP: aura.example/rsvp or reply to this email.
"""),
("Price update effective January 1",
"""Dear valued clients,

Due to increased supply and staffing costs, we're updating our service pricing effective January 1. Current memberships and prepaid packages will be honored at their original price through their expiration date.

Our full updated menu is available at the front desk and on our website.

We appreciate your understanding and loyalty!

Management
"""),
("New patient portal is live",
"""Hi there,

We've moved to a new, easier patient portal! Here's how to get started:

1. Go to portal.newclinic.example
2. Click "Activate account"
3. Enter the 6-digit code: 448 913
4. Create a password

Your appointment history and invoices have been moved over.

Thanks,
IT & Front Desk
"""),
("Refund processed",
"""Hi Gina,

Your refund of $120.00 for the cancelled class has been issued to your Amex ending 1005. Depending on your bank, it may take 5–10 business days to post.

Refund reference: RF-88231-B

Maria
"""),
("Our team is growing!",
"""Hi friends,

Please help us welcome Priya Shah, NP-C to the team! Priya joins us from Denver and loves hiking, baking sourdough and her two rescue pups. She'll be seeing patients Tuesday through Friday.

Also joining us at the front desk is Marcus Lee — say hi when you check in!

Warmly,
Dr. Elaine Foster and the team
"""),
("Your Amazon-style wish list? We've got you",
"""Hi Pam,

Our holiday boutique is open! Shop candles, robes, branded water bottles and gift cards at the front desk or online.

Use code HOLIDAY15 for 15% off through 12/24. Free shipping on orders over $75.

Thanks!
Sierra
"""),
("Missed you today!",
"""Hi Tiffany,

We missed you at your 2:00 PM appointment today. Please call us to reschedule; per our policy a $75 no-show fee has been applied to the card on file ending 3319.

Take care,
Sculpt Studio
"""),
("Weather closure",
"""Good morning,

Due to the winter storm warning, the office will be closed today, Tuesday 1/16. Our team will call everyone with appointments today to reschedule. Stay warm and safe!

Harbor Aesthetics
"""),
("Re: ur message",
"""haha no worries! yes it's totally fine to come in with gel nails

- Kim, front desk

> Sent from my iPhone
> hey do i need to take my nail polish off before my appt friday or is
> it ok
"""),
("Pre-visit checklist",
"""Hello Oscar,

Before your visit on Saturday:

[x] Bring photo ID
[x] Bring insurance card
[x] Arrive 15 minutes early
[ ] Complete the new-patient questionnaire (link below)

Questionnaire: https://portal.example-clinic.com/forms/8812

Sculpt Lab
"""),
("Your referral reward",
"""Hi Linda,

Your friend Carol booked her first visit — thank you for the referral! A $50 credit has been added to your account (Account #: 20044-17).

Refer as many friends as you like; there's no limit!

Best,
Nurse Kate
"""),
("Holiday gift card sale ends Sunday",
"""Hi Alicia,

Last call! Buy a $200 gift card and get a $40 bonus card free. Sale ends Sunday 12/15 at midnight.

Bonus cards valid 1/1–3/31 on any service. Cannot be combined with other offers.

Tanya
"""),
("Quick check-in",
"""Hi there!

It's been a while since we've seen you! We'd love to have you back. We've added evening hours on Wednesdays (until 8 PM) so it's easier to fit us in after work.

Sarah, LPN
"""),
("Please update your contact info",
"""Hi Eddie,

Our records show a phone number that's no longer in service. Could you reply with your current mobile number so you keep getting appointment reminders?

Thank you,
Front Desk
"""),
("Statement available",
"""Hi Jade,

Your monthly statement for account ending -0417 is now available in the portal. Current balance: $0.00. Last payment: $150.00 on 10/02.

Coastal Plastic Surgery Billing
"""),
("Re: Jocelyn",
"""Hi,

Yes, that's correct — Jocelyn is listed as your daughter's emergency contact. Let us know if you'd like to update it.

Thanks,
Front Desk
"""),
("Fwd: venue details for Saturday",
"""Hi Kara,

Forwarding the details for the charity 5K our team is running — you mentioned you'd like to join!

---------- Forwarded message ---------
From: Run For Hope <info@runforhope.example>
Date: Tue, Sep 3, 2024
Subject: venue details

Start line: Riverside Park, north gate
Bib pickup: 7:00–7:45 AM
Race start: 8:00 AM
Parking: $10 cash at the lot on 5th

See you there!
Kara's friends at Glow
"""),
("Nuestro equipo crece",
"""Hola a todos,

Les presentamos a Lucía Romero, nuestra nueva coordinadora de pacientes. Lucía habla español e inglés y estará en recepción de martes a sábado.

¡Bienvenida, Lucía!
Equipo Clínica Sol
"""),
("Your order has shipped",
"""Hi Raj,

Good news, your order #A-55193 has shipped!

  Carrier: FedEx Ground
  Tracking: 6129 9830 4412 7781
  Est. delivery: Thursday 5/23

Items: 1x stainless water bottle, 1x spa robe (M)

Thanks for shopping with us!
"""),
("Holiday hours & a thank you",
"""Dear patients,

As the year comes to a close, we want to say thank you. It has been a privilege to care for you.

Holiday hours:
  Dec 24: 9 AM – 1 PM
  Dec 25: Closed
  Dec 31: 9 AM – 1 PM
  Jan 1: Closed

Wishing you a happy, healthy new year!
Dr. Sophia Grant and team
"""),
("Thank you for attending our open house",
"""Hi Marisol Vega,

Thank you for coming to our open house on Saturday! The raffle winners have been notified. If you took one of our tote bags, we'd love a tag on social media @glowaesthetics.

See you soon!
"""),
("Security notice: phishing emails",
"""Dear patients,

We've been made aware of emails pretending to be from our office asking for payment by gift card. We will NEVER ask you to pay with gift cards or to send your full card number by email.

If you receive a suspicious message, forward it to security@example-clinic.com and delete it.

Thank you,
Compliance Office
"""),
("Your consultation is confirmed",
"""Hi Stephanie,

Your consultation with Dr. Okafor is confirmed for Tuesday, 4/16 at 9:00 AM. Please arrive 15 minutes early to complete paperwork. Free parking is available in the garage on Elm (bring your ticket for validation).

Best,
Carla Mendez
Patient Coordinator
"""),
]
