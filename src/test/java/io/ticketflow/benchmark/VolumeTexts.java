package io.ticketflow.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Texts of the bulk-made tickets: English or Russian help-desk words, drawn as natural language draws them (Zipf:
 * the n-th word is used a n-th as often as the first), so that a search meets words of every frequency. After the
 * help-desk words come {@value #TAIL} made-up ones (names, models, codes), the long tail of rare words every real
 * corpus has. The words' ranks are what the benchmark's queries refer to.
 */
final class VolumeTexts {

	static final List<String> ENGLISH = List.of("please", "help", "problem", "error", "printer", "account", "login",
			"password", "invoice", "email", "server", "network", "update", "access", "install", "laptop", "screen",
			"order", "delivery", "payment", "refund", "contract", "license", "software", "report", "database",
			"backup", "connection", "browser", "phone", "meeting", "calendar", "document", "scanner", "keyboard",
			"monitor", "cable", "router", "firewall", "certificate", "domain", "mailbox", "attachment", "folder",
			"permission", "group", "user", "settings", "version", "upgrade", "crash", "slow", "freeze", "restart",
			"reboot", "battery", "charger", "headset", "camera", "microphone", "speaker", "projector", "wifi", "vpn",
			"token", "shipment", "warehouse", "supplier", "quotation", "discount", "receipt", "subscription",
			"renewal", "cancellation", "complaint", "warranty", "repair", "replacement", "appointment", "schedule",
			"deadline", "migration", "integration", "interface", "timeout", "outage", "latency", "bandwidth",
			"storage", "quota", "archive", "retention", "audit", "compliance", "encryption", "signature",
			"template", "spreadsheet", "presentation", "toner", "cartridge", "paper", "jam", "driver", "firmware",
			"bluetooth", "adapter", "dock", "tablet", "smartphone", "sim", "roaming", "voicemail", "extension",
			"conference", "webinar", "translation", "glossary", "inventory", "barcode", "label", "courier",
			"customs", "tariff", "pallet", "forklift", "thermostat", "elevator", "parking", "badge", "turnstile");

	static final List<String> RUSSIAN = List.of("пожалуйста", "помогите", "проблема", "ошибка", "принтер", "учётная",
			"запись", "пароль", "счёт", "почта", "сервер", "сеть", "обновление", "доступ", "установка", "ноутбук",
			"экран", "заказ", "доставка", "оплата", "возврат", "договор", "лицензия", "программа", "отчёт", "база",
			"копия", "подключение", "браузер", "телефон", "встреча", "календарь", "документ", "сканер",
			"клавиатура", "монитор", "кабель", "маршрутизатор", "сертификат", "домен", "вложение", "папка", "права",
			"группа", "пользователь", "настройки", "версия", "сбой", "зависает", "перезагрузка", "батарея", "зарядка",
			"гарнитура", "камера", "микрофон", "колонки", "проектор", "накладная", "склад", "поставщик",
			"скидка", "квитанция", "подписка", "продление", "жалоба", "гарантия", "ремонт", "замена", "расписание",
			"срок", "перенос", "интеграция", "интерфейс", "задержка", "хранилище", "архив", "аудит", "шифрование",
			"подпись", "шаблон", "таблица", "презентация", "тонер", "картридж", "бумага", "драйвер", "прошивка",
			"планшет", "смартфон", "сим-карта", "роуминг", "конференция", "перевод", "инвентаризация", "штрихкод",
			"курьер", "таможня", "тариф", "поддон", "термостат", "лифт", "парковка", "пропуск", "турникет");

	/** How many rare words follow the help-desk words. */
	static final int TAIL = 20_000;

	private final Random random;

	private final double[] cumulative;

	VolumeTexts(Random random) {
		this.random = random;
		int size = Math.max(ENGLISH.size(), RUSSIAN.size()) + TAIL;
		cumulative = new double[size];
		double sum = 0;
		for (int rank = 0; rank < size; rank++) {
			sum += 1.0 / (rank + 1);
			cumulative[rank] = sum;
		}
		for (int rank = 0; rank < size; rank++) {
			cumulative[rank] /= sum;
		}
	}

	/** Words of the language, each drawn by its rank's frequency. */
	String words(boolean russian, int count) {
		List<String> words = russian ? RUSSIAN : ENGLISH;
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			int rank = Arrays.binarySearch(cumulative, random.nextDouble());
			rank = Math.min(rank < 0 ? -rank - 1 : rank, cumulative.length - 1);
			if (i > 0) {
				text.append(i % 9 == 0 ? ". " : " ");
			}
			text.append(rank < words.size() ? words.get(rank) : tail(russian, rank - words.size()));
		}
		return text.append('.').toString();
	}

	/** The n-th rare word: three syllables, made up, the same in every run. */
	static String tail(boolean russian, int n) {
		String consonants = russian ? "бвгдзклмнпрстфх" : "bcdfgklmnprstvz";
		String vowels = russian ? "аеиоу" : "aeiou";
		int syllables = consonants.length() * vowels.length();
		int code = (int) ((n * 7919L) % ((long) syllables * syllables * syllables));
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			int syllable = code % syllables;
			code /= syllables;
			word.append(consonants.charAt(syllable / vowels.length())).append(vowels.charAt(syllable % vowels.length()));
		}
		return word.toString();
	}

	int between(int low, int high) {
		return low + random.nextInt(high - low + 1);
	}
}
