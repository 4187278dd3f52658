// libFuzzer target: the R1 normaliser (EmailAddress) on arbitrary text. A normalised address or domain is a fixed
// point: normalising it again gives it back, and it has the shape R1 describes.
#include "EmailAddress.h"
#include "FuzzCheck.h"

#include <QStringList>

#include <cstdint>

using namespace hc;

namespace {

bool isNormalisedDomain(const QString &domain)
{
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
                return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const std::optional<EmailAddress> address = EmailAddress::parse(text)) {
        FUZZ_CHECK(isNormalisedDomain(address->domain));
        FUZZ_CHECK(address->address.endsWith(u'@' + address->domain));
        const qsizetype at = address->address.size() - address->domain.size() - 1;
        FUZZ_CHECK(at > 0); // a local part
        const std::optional<EmailAddress> again = EmailAddress::parse(address->address);
        FUZZ_CHECK(again && again->address == address->address && again->domain == address->domain);
        const std::optional<QString> domain = EmailAddress::normalizeDomain(address->domain);
        FUZZ_CHECK(domain && *domain == address->domain);
    }
    if (const std::optional<QString> domain = EmailAddress::normalizeDomain(text)) {
        FUZZ_CHECK(isNormalisedDomain(*domain));
        const std::optional<QString> again = EmailAddress::normalizeDomain(*domain);
        FUZZ_CHECK(again && *again == *domain);
    }
    return 0;
}
