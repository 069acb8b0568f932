PATIENTS = """Dana Whitfield
Marisol Ortega-Vance
Priya Anand Raghunathan
Tomasz Wiśniewski
Keisha Monroe-Baptiste
Hyun-joo Park
Oluwaseun Adeyemi
Brittany Lynn Kowalczyk
Giancarlo DeLuca
Fatima Zahra El-Amrani
Lan Nguyen-Tran
Svetlana Morozova
Jacqueline Marie Thibodeaux
Rahul Venkataraman
Ximena Castañeda
Aaliyah Jefferson
Connor Fitzgerald-Walsh
Mei-Ling Chao
Esperanza Guadalupe Ruiz
Dmitri Volkov
Siobhan O'Callaghan
Yasmin Haddad
Tatiana Bellweather
Kwame Osei-Mensah
Leilani Kahananui
Ingrid Sørensen
Camila Andrea Restrepo
Jasper Whitlock-Nakamura
Annika Lindqvist
Devon Carmichael
Rosalind Achterberg
Zainab Qureshi
Margarethe Vogelsang
Tyrone Beauchamp
Lucía Ferreira-Montes
Bao Tran Nguyen
Gwendolyn Ashby
Rafael Ignacio Montoya
Sunita Chaudhary
Heather Anne McAllister""".split("\n")
MALE = {"Tomasz", "Oluwaseun", "Giancarlo", "Rahul", "Connor", "Dmitri", "Kwame", "Jasper", "Tyrone", "Rafael", "Bao"}
