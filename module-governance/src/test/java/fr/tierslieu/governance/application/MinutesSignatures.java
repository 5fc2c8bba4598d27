package fr.tierslieu.governance.application;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/** Checks the signatures of a signed PDF as a reader would: each against the bytes it covers. */
final class MinutesSignatures {

    private MinutesSignatures() {}

    /** The names of the signatures, in order; throws when one does not verify with {@code certificate}. */
    static List<String> verify(byte[] pdf, X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDSignature sig : doc.getSignatureDictionaries()) {
                CMSSignedData cms =
                        new CMSSignedData(new CMSProcessableByteArray(sig.getSignedContent(pdf)), sig.getContents(pdf));
                for (SignerInformation si : cms.getSignerInfos().getSigners()) {
                    if (!si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                        throw new IllegalStateException("signature of " + sig.getName() + " does not verify");
                    }
                }
                names.add(sig.getName());
            }
        } catch (IOException
                | org.bouncycastle.cms.CMSException
                | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
