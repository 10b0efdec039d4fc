/**
 * A small gazetteer written for this project: countries, capitals, major cities, US states and
 * world regions. Names are matched case-insensitively on whole capitalised chunks.
 */
export const PLACE_NAMES: readonly string[] = `
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|
Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|
Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|
Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|
El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|
Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|
Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|
Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|
Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|
Nauru|Nepal|Netherlands|the Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|
Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|the Philippines|
Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|
Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|
Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|
Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|
Scotland|Wales|Northern Ireland|United States|the United States|US|U.S.|USA|America|Uruguay|Uzbekistan|Vanuatu|
Vatican|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Greenland|Puerto Rico|Hong Kong|Macau|Gaza|West Bank|
Crimea|Kashmir|Tibet|Xinjiang|Catalonia|Flanders|Bavaria|Quebec|Ontario|British Columbia|Alberta|
Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Nassau|Manama|Dhaka|Minsk|Brussels|Belmopan|
Thimphu|La Paz|Sarajevo|Gaborone|Brasilia|Brasília|Sofia|Ouagadougou|Phnom Penh|Yaounde|Ottawa|Praia|Santiago|Beijing|
Bogota|Bogotá|Kinshasa|Brazzaville|San Jose|Zagreb|Havana|Nicosia|Prague|Copenhagen|Quito|Cairo|San Salvador|Asmara|
Tallinn|Addis Ababa|Suva|Helsinki|Paris|Libreville|Banjul|Tbilisi|Berlin|Accra|Athens|Guatemala City|Conakry|
Georgetown|Port-au-Prince|Tegucigalpa|Budapest|Reykjavik|New Delhi|Delhi|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|
Tel Aviv|Rome|Kingston|Tokyo|Amman|Astana|Nairobi|Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|Maseru|Monrovia|
Tripoli|Vilnius|Antananarivo|Lilongwe|Kuala Lumpur|Male|Bamako|Valletta|Nouakchott|Port Louis|Mexico City|Chisinau|
Ulaanbaatar|Podgorica|Rabat|Maputo|Naypyidaw|Yangon|Windhoek|Kathmandu|Amsterdam|The Hague|Wellington|Managua|Niamey|
Abuja|Lagos|Pyongyang|Skopje|Oslo|Muscat|Islamabad|Karachi|Lahore|Panama City|Port Moresby|Asuncion|Asunción|Lima|
Manila|Warsaw|Lisbon|Porto|Doha|Bucharest|Moscow|Kigali|Riyadh|Jeddah|Dakar|Belgrade|Freetown|Bratislava|Ljubljana|
Mogadishu|Pretoria|Cape Town|Johannesburg|Durban|Seoul|Busan|Juba|Madrid|Barcelona|Colombo|Khartoum|Paramaribo|
Stockholm|Bern|Geneva|Zurich|Damascus|Aleppo|Taipei|Dushanbe|Dodoma|Dar es Salaam|Bangkok|Lome|Tunis|Ankara|Istanbul|
Ashgabat|Kampala|Kyiv|Kiev|Kharkiv|Odesa|Odessa|Abu Dhabi|Dubai|London|Washington|Montevideo|Tashkent|Caracas|Hanoi|
Ho Chi Minh City|Sanaa|Lusaka|Harare|Edinburgh|Cardiff|Belfast|Manchester|Birmingham|Liverpool|Glasgow|Leeds|Bristol|
Oxford|Cambridge|New York|New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|
San Francisco|Seattle|Boston|Miami|Atlanta|Denver|Detroit|Las Vegas|Baltimore|New Orleans|Pittsburgh|Cleveland|
Toronto|Montreal|Vancouver|Sydney|Melbourne|Brisbane|Perth|Auckland|Shanghai|Guangzhou|Shenzhen|Chongqing|Wuhan|
Chengdu|Tianjin|Nanjing|Xi'an|Osaka|Kyoto|Yokohama|Nagoya|Mumbai|Bombay|Kolkata|Chennai|Bangalore|Bengaluru|
Hyderabad|Sao Paulo|São Paulo|Rio de Janeiro|Salvador|Medellin|Medellín|Guadalajara|Monterrey|Milan|Naples|Turin|
Florence|Venice|Munich|Hamburg|Frankfurt|Cologne|Marseille|Lyon|Toulouse|Nice|Seville|Valencia|Bilbao|Rotterdam|
Antwerp|Krakow|Kraków|Gdansk|St Petersburg|St. Petersburg|Saint Petersburg|Novosibirsk|Vladivostok|Izmir|Alexandria|
Casablanca|Marrakesh|Mombasa|Piraeus|Tangier|Algeciras|Le Havre|Felixstowe|Genoa|Trieste|Bremerhaven|Gothenburg|
Southampton|Constanta|Port Said|Jebel Ali|Ningbo|Qingdao|Kaohsiung|Tanjung Pelepas|Santos|Long Beach|Savannah|Kano|Ibadan|Basra|Mosul|Erbil|Kandahar|Herat|Peshawar|Strasbourg|Luxembourg City|
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|
Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|
Europe|Asia|Africa|North America|South America|Latin America|Central America|Oceania|Antarctica|Arctic|Middle East|
the Middle East|Gulf|Persian Gulf|Balkans|the Balkans|Caribbean|Sahel|Scandinavia|Siberia|Southeast Asia|East Asia|
Central Asia|South Asia|West Africa|East Africa|North Africa|Sub-Saharan Africa|Mediterranean|Atlantic|Pacific|
Indian Ocean|Baltic|Black Sea|Red Sea|South China Sea|Horn of Africa|Amazon|Alps|Himalayas|Silicon Valley|Wall Street
`
  .split('|')
  .map((name) => name.trim())
  .filter(Boolean);
