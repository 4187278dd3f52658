#include "Sha256.h"

#include <openssl/evp.h>

namespace hc {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free)
{
    // Both only fail on allocation failure; result() then gives an empty digest, which no caller takes for a hash.
    if (m_ctx && EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) != 1)
        m_ctx.reset();
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    if (m_ctx && EVP_DigestUpdate(m_ctx.get(), bytes.data(), size_t(bytes.size())) != 1)
        m_ctx.reset();
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (!m_ctx || EVP_DigestFinal_ex(m_ctx.get(), reinterpret_cast<unsigned char *>(digest.data()), &size) != 1)
        return {};
    m_ctx.reset();
    digest.truncate(int(size));
    return digest;
}

} // namespace hc
