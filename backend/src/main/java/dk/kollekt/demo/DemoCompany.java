package dk.kollekt.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic demo company shaped like the anchor customer: private hospitals and clinics in Denmark,
 * Norway and Sweden, written as the HR export CSV so it enters through the same import as real data.
 */
final class DemoCompany {

    static final String HEADER = "employee_number,email,name,department,location,country";
    static final String DEMO_LOCATION = "Aarhus Privathospital";

    /** The demo users of the realm (deploy/keycloak/kollekt-realm.json), placed in the company. */
    static final List<String> DEMO_USERS = List.of(
            "D0001,emma@demo.kollekt.dk,Emma Hansen,Ortopædkirurgi," + DEMO_LOCATION + ",DK",
            "D0002,lars@demo.kollekt.dk,Lars Nielsen,Anæstesi," + DEMO_LOCATION + ",DK",
            "D0003,ada@demo.kollekt.dk,Ada Lindqvist,CSR og Kommunikation,Hovedkontor København,DK");
    static final String LEAD_EMAIL = "lars@demo.kollekt.dk";

    private record Country(String code, double share, String domain, String[] cities, String[] kinds,
                           String[] departments, String[] firstNames, String[] lastNames) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("DK", 0.45, "dk",
                    new String[]{"København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers", "Kolding", "Horsens",
                            "Vejle", "Roskilde", "Herning", "Hørsholm", "Silkeborg", "Næstved", "Fredericia", "Viborg",
                            "Køge", "Holstebro", "Taastrup", "Slagelse", "Hillerød", "Sønderborg", "Svendborg", "Hjørring",
                            "Holbæk", "Frederikshavn", "Nørresundby", "Ringsted", "Haderslev", "Skive"},
                    new String[]{"Privathospital", "Klinik", "Speciallægecenter", "Røntgenklinik", "Fysioterapi",
                            "Øjenklinik", "Tandklinik", "Sundhedshus"},
                    new String[]{"Ortopædkirurgi", "Anæstesi", "Operation", "Sengeafsnit", "Ambulatorium", "Radiologi",
                            "Fysioterapi", "Administration", "Rengøring", "Køkken", "Sterilcentral", "Laboratorium",
                            "Reception", "Øjenkirurgi", "Plastikkirurgi", "IT", "Økonomi", "Kvalitet"},
                    new String[]{"Anne", "Mette", "Hanne", "Camilla", "Louise", "Maria", "Sofie", "Ida", "Freja", "Mads",
                            "Peter", "Jens", "Søren", "Niels", "Mikkel", "Rasmus", "Frederik", "Kasper", "Line", "Julie"},
                    new String[]{"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
                            "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen"}),
            new Country("NO", 0.29, "no",
                    new String[]{"Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Fredrikstad", "Kristiansand",
                            "Sandnes", "Tromsø", "Sarpsborg", "Skien", "Ålesund", "Sandefjord", "Haugesund", "Tønsberg",
                            "Moss", "Porsgrunn", "Bodø", "Arendal", "Hamar", "Larvik", "Halden", "Lillehammer", "Molde"},
                    new String[]{"Privatsykehus", "Klinikk", "Legesenter", "Røntgeninstitutt", "Fysioterapi",
                            "Øyeklinikk", "Helsehus"},
                    new String[]{"Ortopedi", "Anestesi", "Operasjon", "Sengepost", "Poliklinikk", "Radiologi",
                            "Fysioterapi", "Administrasjon", "Renhold", "Kjøkken", "Sterilsentral", "Laboratorium",
                            "Resepsjon", "IT", "Økonomi", "Kvalitet"},
                    new String[]{"Ingrid", "Kari", "Marit", "Nora", "Emma", "Sara", "Ole", "Lars", "Knut", "Jon", "Per",
                            "Bjørn", "Anders", "Magnus", "Henrik", "Sigrid", "Astrid", "Eirik", "Tone", "Hilde"},
                    new String[]{"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
                            "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen"}),
            new Country("SE", 0.26, "se",
                    new String[]{"Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping",
                            "Helsingborg", "Jönköping", "Norrköping", "Lund", "Umeå", "Gävle", "Borås", "Södertälje",
                            "Eskilstuna", "Halmstad", "Växjö", "Karlstad", "Sundsvall", "Luleå", "Östersund"},
                    new String[]{"Privatsjukhus", "Klinik", "Vårdcentral", "Röntgen", "Fysioterapi", "Ögonklinik",
                            "Hälsohus"},
                    new String[]{"Ortopedi", "Anestesi", "Operation", "Vårdavdelning", "Mottagning", "Radiologi",
                            "Fysioterapi", "Administration", "Städ", "Kök", "Sterilcentral", "Laboratorium",
                            "Reception", "IT", "Ekonomi", "Kvalitet"},
                    new String[]{"Anna", "Eva", "Maria", "Karin", "Sara", "Elin", "Emma", "Erik", "Lars", "Karl",
                            "Johan", "Anders", "Per", "Nils", "Oskar", "Linnea", "Frida", "Gustav", "Axel", "Ebba"},
                    new String[]{"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
                            "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist"}));

    private DemoCompany() {
    }

    /** The HR export of a company with about this many locations, departments and employees (plus the demo users). */
    static String csv(int totalLocations, int totalDepartments, int employees) {
        int locations = totalLocations - 2; // the demo users' two locations come on top
        int departments = totalDepartments - DEMO_USERS.size();
        Random random = new Random(20260827L);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        DEMO_USERS.forEach(row -> csv.append(row).append('\n'));

        record Dept(String name, String location, String country, int weight) {
        }
        List<Dept> depts = new ArrayList<>();
        List<Country> countryOfDept = new ArrayList<>();
        int locationsLeft = locations;
        int departmentsLeft = departments;
        for (int c = 0; c < COUNTRIES.size(); c++) {
            Country country = COUNTRIES.get(c);
            int countryLocations = c == COUNTRIES.size() - 1 ? locationsLeft
                    : (int) Math.round(locations * country.share());
            locationsLeft -= countryLocations;
            Set<String> usedLocationNames = new HashSet<>(Set.of(DEMO_LOCATION, "Hovedkontor København"));
            for (int l = 0; l < countryLocations; l++) {
                String location = uniqueName(country, random, usedLocationNames);
                int remainingLocations = locationsLeft + countryLocations - l;
                int count = Math.max(1, Math.min(country.departments().length, departmentsLeft / remainingLocations));
                departmentsLeft -= count;
                List<String> names = new ArrayList<>(List.of(country.departments()));
                java.util.Collections.shuffle(names, random);
                for (int d = 0; d < count; d++) {
                    depts.add(new Dept(names.get(d), location, country.code(), 1 + random.nextInt(12)));
                    countryOfDept.add(country);
                }
            }
        }
        int totalWeight = depts.stream().mapToInt(Dept::weight).sum();
        int[] cumulative = new int[depts.size()];
        for (int i = 0, sum = 0; i < depts.size(); i++) {
            sum += depts.get(i).weight();
            cumulative[i] = sum;
        }
        for (int i = 1; i <= employees - DEMO_USERS.size(); i++) {
            int index;
            if (i <= depts.size()) {
                index = i - 1; // every department has at least one employee
            } else {
                int pick = random.nextInt(totalWeight);
                index = java.util.Arrays.binarySearch(cumulative, pick + 1);
                index = index >= 0 ? index : -index - 1;
            }
            Dept dept = depts.get(index);
            Country country = countryOfDept.get(index);
            String first = country.firstNames()[random.nextInt(country.firstNames().length)];
            String last = country.lastNames()[random.nextInt(country.lastNames().length)];
            String number = String.format("E%05d", i);
            String email = ascii(first + "." + last).toLowerCase() + "." + i + "@demo.kollekt." + country.domain();
            csv.append(number).append(',').append(email).append(',').append(first).append(' ').append(last)
                    .append(',').append(dept.name()).append(',').append(dept.location()).append(',')
                    .append(dept.country()).append('\n');
        }
        return csv.toString();
    }

    private static String uniqueName(Country country, Random random, Set<String> used) {
        while (true) {
            String city = country.cities()[random.nextInt(country.cities().length)];
            String kind = country.kinds()[random.nextInt(country.kinds().length)];
            String name = city + " " + kind;
            for (int n = 2; used.contains(name); n++) {
                name = city + " " + kind + " " + n;
            }
            used.add(name);
            return name;
        }
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s.replace("ø", "o").replace("æ", "ae").replace("å", "a")
                        .replace("Ø", "O").replace("Æ", "Ae").replace("Å", "A"), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
