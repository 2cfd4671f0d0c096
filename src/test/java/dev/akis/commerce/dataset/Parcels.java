package dev.akis.commerce.dataset;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes one parcel's raw history in its carrier's own words (see carrier-conventions.md): the path of scans
 * that leads to the wanted status, timed so that the last scan lies before the reference time.
 */
final class Parcels {

    /** Steps of a parcel's life; each carrier words them its own way, and some have no word for some. */
    enum Phase { LABEL, ACCEPT, TRANSIT, ARRIVE, OUT, DELIVERED, PICKUP, FAILED, DELAY, EXCEPTION, RETURNING, RETURNED,
        CANCELLED, UNKNOWN }

    private record Scan(String code, String text, String location, Map<String, String> attributes) {
    }

    private static final Instant REFERENCE = DefaultDatasetGenerator.REFERENCE;
    private static final LocalDate TODAY = DefaultDatasetGenerator.TODAY;

    private final Random random;

    Parcels(Random random) {
        this.random = random;
    }

    ParcelRecord parcel(DefaultDatasetGenerator.Ship ship, String trackingNumber, Instant shippedAt,
                        DefaultDatasetGenerator.Person person) {
        Carrier carrier = ship.carrier();
        ShipmentStatus status = ship.status();
        boolean byReason = ship.variation() == DefaultDatasetGenerator.Variation.BY_REASON;
        List<Phase> path = path(carrier, status, byReason);
        Map<String, String> attributes = new LinkedHashMap<>();
        if (carrier == Carrier.YURTICI) {
            attributes.put("returnStatus", "0");
            if (path.contains(Phase.RETURNING)) {
                attributes.put("rejectStatus", "1");
            }
            if (status == ShipmentStatus.RETURNED_TO_SENDER) {
                attributes.put("returnStatus", "3");
                attributes.put("rejectStatus", "9");
            }
            if (status == ShipmentStatus.DELAYED && byReason) {
                attributes.put("perfLateCEvent", "1");
            }
        }

        // Parcels still moving end shortly before the reference time; a parcel stuck on the way (delayed by
        // date) stopped moving two days earlier; finished parcels keep their natural pace.
        boolean stuck = status == ShipmentStatus.DELAYED && !byReason;
        Instant limit = stuck ? REFERENCE.minus(Duration.ofDays(2)) : REFERENCE.minus(Duration.ofMinutes(40));
        Instant start = shippedAt;
        if (start.isAfter(limit.minus(Duration.ofHours(3)))) {
            start = limit.minus(Duration.ofHours(3 + path.size()));
        }
        long preferredGapMinutes = 9 * 60;
        long availableMinutes = Duration.between(start, limit).toMinutes();
        long gap = path.size() <= 1 ? 0 : Math.min(preferredGapMinutes, availableMinutes / path.size());
        List<ParcelEvent> events = new ArrayList<>();
        Instant at = start;
        Instant previous = Instant.MIN;
        for (Phase phase : path) {
            Scan scan = scan(carrier, phase, person);
            Instant when = workingHours(at, limit);
            if (when.isBefore(previous)) {
                when = previous.plus(Duration.ofMinutes(5));
            }
            previous = when;
            events.add(new ParcelEvent(when.truncatedTo(java.time.temporal.ChronoUnit.MINUTES), scan.code(), scan.text(),
                    scan.location(), scan.attributes()));
            at = at.plus(Duration.ofMinutes(gap + (gap > 30 ? random.nextInt(20) : 0)));
        }

        LocalDate shipped = LocalDate.ofInstant(shippedAt, VirtualClock.ISTANBUL);
        LocalDate promised = shipped.plusDays(3);
        LocalDate estimated = null;
        if (!status.isFinal()) {
            if (status == ShipmentStatus.DELAYED && !byReason) {
                promised = TODAY.minusDays(2);
                estimated = TODAY.plusDays(1);
            } else if (status == ShipmentStatus.DELAYED) {
                promised = TODAY;
                estimated = TODAY.plusDays(2);
            } else if (status == ShipmentStatus.RETURN_IN_TRANSIT) {
                promised = null;
            } else {
                if (promised.isBefore(TODAY)) {
                    promised = TODAY;
                }
                estimated = status == ShipmentStatus.EXCEPTION || status == ShipmentStatus.UNKNOWN ? null : promised;
            }
        }
        // The shop's promise is a flow setting now (decision 0101), not a parcel field: "promised" only chose the
        // estimate above. Carriers without an estimate field in their answer get none.
        return new ParcelRecord(carrier, trackingNumber, carrier.sendsEstimatedDelivery() ? estimated : null,
                attributes, events);
    }

    /** Couriers scan between 08:00 and 20:00 in Turkey; moves a night-time scan to the morning if time allows. */
    private Instant workingHours(Instant at, Instant limit) {
        java.time.ZonedDateTime local = at.atZone(VirtualClock.ISTANBUL);
        java.time.ZonedDateTime moved = local;
        if (local.getHour() < 8) {
            moved = local.withHour(8).withMinute(random.nextInt(50));
        } else if (local.getHour() >= 20) {
            moved = local.plusDays(1).withHour(8).withMinute(random.nextInt(50));
        }
        Instant result = moved.toInstant();
        return result.isAfter(limit) ? at : result;
    }

    private static List<Phase> path(Carrier carrier, ShipmentStatus status, boolean byReason) {
        List<Phase> wanted = switch (status) {
            case LABEL_CREATED -> List.of(Phase.LABEL);
            case PICKED_UP -> List.of(Phase.LABEL, Phase.ACCEPT);
            case IN_TRANSIT -> List.of(Phase.LABEL, Phase.ACCEPT, Phase.TRANSIT);
            case OUT_FOR_DELIVERY -> List.of(Phase.ACCEPT, Phase.TRANSIT, Phase.ARRIVE, Phase.OUT);
            case DELIVERED -> List.of(Phase.ACCEPT, Phase.TRANSIT, Phase.ARRIVE, Phase.OUT, Phase.DELIVERED);
            case AVAILABLE_FOR_PICKUP -> List.of(Phase.ACCEPT, Phase.TRANSIT, Phase.ARRIVE, Phase.PICKUP);
            case FAILED_ATTEMPT -> List.of(Phase.ACCEPT, Phase.TRANSIT, Phase.ARRIVE, Phase.OUT, Phase.FAILED);
            case DELAYED -> byReason && carrier != Carrier.YURTICI
                    ? List.of(Phase.ACCEPT, Phase.TRANSIT, Phase.ARRIVE, Phase.DELAY)
                    : List.of(Phase.ACCEPT, Phase.TRANSIT);
            case EXCEPTION -> List.of(Phase.ACCEPT, Phase.TRANSIT, Phase.ARRIVE, Phase.OUT, Phase.EXCEPTION);
            case RETURN_IN_TRANSIT -> List.of(Phase.ACCEPT, Phase.TRANSIT, Phase.ARRIVE, Phase.OUT, Phase.FAILED,
                    Phase.RETURNING);
            case RETURNED_TO_SENDER -> List.of(Phase.ACCEPT, Phase.TRANSIT, Phase.ARRIVE, Phase.OUT, Phase.FAILED,
                    Phase.RETURNING, Phase.RETURNED);
            case CANCELLED -> List.of(Phase.LABEL, Phase.CANCELLED);
            case UNKNOWN -> List.of(Phase.LABEL, Phase.ACCEPT, Phase.UNKNOWN);
        };
        List<Phase> path = new ArrayList<>();
        for (Phase phase : wanted) {
            if (scan(carrier, phase, null) != null) {
                path.add(phase);
            }
        }
        Phase last = wanted.get(wanted.size() - 1);
        if (path.isEmpty() || path.get(path.size() - 1) != last) {
            throw new IllegalArgumentException(carrier + " has no raw status for " + status);
        }
        return path;
    }

    private static Map<String, String> attrs(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The raw scan a carrier writes for a phase, or null when it has none. {@code person} may be null. */
    private static Scan scan(Carrier carrier, Phase phase, DefaultDatasetGenerator.Person person) {
        String city = person == null ? "" : person.city();
        String district = person == null ? "" : person.district();
        String destination = city + " / " + district;
        String origin = DefaultDatasetGenerator.warehouse();
        String hub = city + " Transfer Merkezi";
        return switch (carrier) {
            case YURTICI -> {
                Map<String, String> ok = attrs("reasonName", "Sorun Yok");
                yield switch (phase) {
                    case LABEL -> new Scan("NOP", "Kargo İşlem Görmemiş", origin, ok);
                    case ACCEPT -> new Scan("ISR", "Kargo Kabul Edildi", origin, ok);
                    case TRANSIT -> new Scan("IND", "Transfer Merkezinde", "İstanbul Avrupa Transfer Merkezi", ok);
                    case ARRIVE -> new Scan("IND", "Kargo İndirildi", destination, ok);
                    case OUT -> new Scan("IND", "Dağıtıma Çıkarıldı", destination, ok);
                    case DELIVERED -> new Scan("DLV", "Teslim Edildi", destination, ok);
                    case PICKUP -> new Scan("IND", "Şubede Teslim Alınmayı Bekliyor", destination, ok);
                    case FAILED -> new Scan("IND", "Teslim Edilemedi", destination,
                            attrs("reasonName", "Alıcı Adreste Bulunamadı"));
                    case RETURNING -> new Scan("IND", "Kargo Yüklendi", hub, ok);
                    case RETURNED -> new Scan("DLV", "Teslim Edildi", origin, ok);
                    case CANCELLED -> new Scan("CNL", "Kargo Çıkışı Engellendi", origin, ok);
                    default -> null;
                };
            }
            case ARAS -> {
                Map<String, String> normal = attrs("tipKodu", "1");
                yield switch (phase) {
                    case ACCEPT -> new Scan("1", "Çıkış Şubesinde", origin, normal);
                    case TRANSIT -> new Scan("2", "Yolda", hub, normal);
                    case ARRIVE -> new Scan("3", "Teslimat Şubesinde", destination, normal);
                    case OUT -> new Scan("4", "Teslimatta", destination, normal);
                    case DELIVERED -> new Scan("6", "Teslim Edildi", destination, normal);
                    case PICKUP -> new Scan("3", "Teslimat Şubesinde", destination, attrs("tipKodu", "1", "devirKodu", "ŞA"));
                    case FAILED -> new Scan("3", "Teslimat Şubesinde", destination, attrs("tipKodu", "1", "devirKodu", "NT"));
                    case DELAY -> new Scan("3", "Teslimat Şubesinde", destination, attrs("tipKodu", "1", "devirKodu", "TL"));
                    case EXCEPTION -> new Scan("3", "Teslimat Şubesinde", destination, attrs("tipKodu", "1", "devirKodu", "HT"));
                    case RETURNING -> new Scan("2", "Yolda", hub, attrs("tipKodu", "3"));
                    case RETURNED -> new Scan("6", "Teslim Edildi", origin, attrs("tipKodu", "3"));
                    default -> null;
                };
            }
            case MNG -> switch (phase) {
                case LABEL -> new Scan("0", "Henüz İşlem Yapılmadı", origin, Map.of());
                case ACCEPT -> new Scan("1", "Sipariş Kargoya Verildi", origin, Map.of());
                case TRANSIT -> new Scan("2", "Transfer Aşamasında", hub, Map.of());
                case ARRIVE -> new Scan("3", "Gönderi Teslim Birimine Ulaştı", destination, Map.of());
                case OUT -> new Scan("4", "Gönderi Teslimat Adresine Yönlendirildi", destination, Map.of());
                case DELIVERED -> new Scan("5", "Teslim Edildi", destination, Map.of());
                case FAILED -> new Scan("6", "[NT] Teslim Edilemedi - Alıcıya Ulaşılamadı, Not Bırakıldı", destination, Map.of());
                case RETURNED -> new Scan("7", "Göndericiye Teslim Edildi", origin, Map.of());
                default -> null;
            };
            case PTT -> switch (phase) {
                case LABEL -> new Scan("701", "Gönderi Kabul İçin Bekliyor", origin, Map.of());
                case ACCEPT -> new Scan("1", "Kabul Edildi", origin, Map.of());
                case TRANSIT -> new Scan("77", "Sevk Edildi", "İstanbul Kargo İşleme Merkezi", Map.of());
                case ARRIVE -> new Scan("3", "Dağıtım Merkezine Ulaştı", destination, Map.of());
                case OUT -> new Scan("7", "Dağıtıcıya Verildi", destination, Map.of());
                case DELIVERED -> new Scan("100", "Teslim Edildi", destination, Map.of());
                case FAILED -> new Scan("124", "Alıcı Adreste Bulunamadı / İşyeri Kapalı", destination, Map.of());
                case EXCEPTION -> new Scan("109", "Hasarlı Gönderi İmha Edildi", destination, Map.of());
                case RETURNING -> new Scan("99", "İade Edilecek", destination, Map.of());
                case RETURNED -> new Scan("120", "Göndericisine Teslim Edildi", origin, Map.of());
                case CANCELLED -> new Scan("2", "Kabul İptal Edildi", origin, Map.of());
                default -> null;
            };
            case HEPSIJET -> switch (phase) {
                case LABEL -> new Scan("1", "Neo", origin, Map.of());
                case ACCEPT -> new Scan("4", "Ready", origin, Map.of());
                case TRANSIT -> new Scan("5", "Transferring", hub, Map.of());
                case ARRIVE -> new Scan("25", "Ready For Delivery", destination, Map.of());
                case OUT -> new Scan("7", "Delivering", destination, Map.of());
                case DELIVERED -> new Scan("8", "Delivered", destination, Map.of());
                case FAILED -> new Scan("10", "Undelivered", destination, Map.of());
                case DELAY -> new Scan("19", "Back To Warehouse", destination, Map.of());
                case EXCEPTION -> new Scan("11", "Undeliverable", destination, Map.of());
                case RETURNING -> new Scan("27", "Transferring Return", hub, Map.of());
                case RETURNED -> new Scan("15", "Returned", origin, Map.of());
                case CANCELLED -> new Scan("13", "Cancelled", origin, Map.of());
                default -> null;
            };
            case SURAT -> switch (phase) {
                case ACCEPT -> new Scan("", "Kargo Kabul", origin, Map.of());
                case TRANSIT -> new Scan("", "Transfer", "İstanbul Aktarma", Map.of());
                case ARRIVE -> new Scan("", "Aktarma Merkezinde", city + " Aktarma", Map.of());
                case OUT -> new Scan("", "Dagitimda", destination, Map.of());
                case DELIVERED -> new Scan("", "Teslim Edildi", destination, Map.of());
                case PICKUP -> new Scan("", "Subede Bekliyor", destination, Map.of());
                case FAILED -> new Scan("", "Alici Adreste Yok", destination, Map.of());
                case RETURNED -> new Scan("", "Iade Edildi", origin, Map.of());
                case CANCELLED -> new Scan("", "Iptal", origin, Map.of());
                default -> null;
            };
            case UPS -> {
                String here = upsPlace(city);
                yield switch (phase) {
                    case LABEL -> new Scan("M", "Shipper created a label, UPS has not received the package yet.",
                            "Istanbul, TR", attrs("statusCode", "MP"));
                    case ACCEPT -> new Scan("P", "Origin Scan", "Istanbul, TR", attrs("statusCode", "OR"));
                    case TRANSIT -> new Scan("I", "Departed from Facility", "Istanbul, TR", attrs("statusCode", "DP"));
                    case ARRIVE -> new Scan("I", "Arrived at Facility", here, attrs("statusCode", "AR"));
                    case OUT -> new Scan("O", "Out For Delivery Today", here, attrs("statusCode", "OT"));
                    case DELIVERED -> new Scan("D", "Delivered", here, attrs("statusCode", "KB"));
                    case EXCEPTION -> new Scan("X", "The package was damaged. The sender has been notified.", here,
                            attrs("statusCode", "XD"));
                    case RETURNED -> new Scan("RS", "Returned to shipper", "Istanbul, TR", attrs("statusCode", "RS"));
                    default -> null;
                };
            }
            case DHL -> {
                String here = dhlPlace(city);
                yield switch (phase) {
                    case LABEL -> new Scan("pre-transit", "The shipment data has been received", "Istanbul - Turkey", Map.of());
                    case ACCEPT -> new Scan("transit", "Shipment picked up", "Istanbul - Turkey", Map.of());
                    case TRANSIT -> new Scan("transit", "Processed at Istanbul - Turkey", "Istanbul - Turkey", Map.of());
                    case ARRIVE -> new Scan("transit", "Arrived at Delivery Facility", here, Map.of());
                    case OUT -> new Scan("transit", "Shipment is out with courier for delivery", here, Map.of());
                    case DELIVERED -> new Scan("delivered", "Delivered", here, Map.of());
                    case UNKNOWN -> new Scan("unknown", "Shipment information is not available at the moment", here, Map.of());
                    default -> null;
                };
            }
        };
    }

    private static String upsPlace(String city) {
        return DefaultDatasetGenerator.ascii(city).toUpperCase(Locale.ROOT) + ", TR";
    }

    private static String dhlPlace(String city) {
        return "Berlin".equals(city) ? "Berlin - Germany" : city + " - Turkey";
    }
}
