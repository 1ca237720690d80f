package io.gongzhi.platform.cases.boundary;

import io.gongzhi.platform.cases.control.CaseFlow;
import io.gongzhi.platform.cases.control.CaseRules;
import io.gongzhi.platform.cases.control.PhotoCheck;
import io.gongzhi.platform.cases.control.Photos;
import io.gongzhi.platform.cases.entity.CaseFile;
import io.gongzhi.platform.cases.entity.CasePhoto;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.persistence.control.Records;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The photos of a case. The reporter adds them while the case is open, its handler as evidence of
 * the work; each is judged by its content (a JPEG or PNG that decodes whole, at most 40
 * megapixels), re-encoded without its metadata and stored under the tenant with a name the
 * platform makes. Served only to those who may see the case.
 */
@Path("t/{tenant}/cases/{id}/photos")
@Produces(MediaType.APPLICATION_JSON)
public class CasePhotosResource {

    /** A file name a client may send along: no path, no control characters. */
    static final Pattern FILE_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}:*?\"<>|]{1,200}");

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    TenantTransactions tx;

    @Inject
    Photos photos;

    public record PhotoView(
            String id,
            String contentType,
            int width,
            int height,
            long sizeBytes,
            OffsetDateTime uploadedAt,
            String url) {
        static PhotoView of(String tenant, CasePhoto p) {
            return new PhotoView(
                    p.id(),
                    p.contentType(),
                    p.width(),
                    p.height(),
                    p.sizeBytes(),
                    p.uploadedAt(),
                    "/api/t/" + tenant + "/cases/" + p.caseId() + "/photos/" + p.id());
        }
    }

    @POST
    @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
    @Allow(signedIn = true)
    @Operation(
            summary = "Add a photo (JPEG or PNG, judged by its content, at most 10 MB and 40 megapixels; "
                    + "metadata removed); X-File-Name may say what the file was called")
    public Response add(@PathParam("id") String id, InputStream body, @HeaderParam("X-File-Name") String fileName) {
        if (fileName != null && (!FILE_NAME.matcher(fileName).matches() || fileName.contains(".."))) {
            throw new ProblemException(400, "bad-file-name");
        }
        Identity who = caller.require();
        String t = tenant.get().id();
        tx.call(em -> {
            CaseFile c = visible(em, id);
            boolean reporter = who.subject().equals(c.reporter()) && c.state().open();
            boolean handler =
                    c.state().open() && CaseRules.actor(io.gongzhi.platform.cases.control.Action.RESOLVE, c, caller);
            if (!reporter && !handler) {
                throw new ProblemException(403, "action-not-allowed", "photo");
            }
            if (count(em, id) >= Photos.MAX_PER_CASE) {
                throw new ProblemException(409, "too-many-photos", Photos.MAX_PER_CASE);
            }
            return null;
        });
        PhotoCheck.Checked photo = PhotoCheck.check(read(body));
        CasePhoto record = new CasePhoto(
                id,
                photo.contentType(),
                photo.width(),
                photo.height(),
                photo.bytes().length,
                who.subject(),
                OffsetDateTime.now());
        try {
            photos.store().put(t, record.id(), photo.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            tx.call(em -> {
                CaseFile c = visible(em, id);
                em.persist(record);
                CaseFlow.record(em, c, who, "photo", c.state(), null, record.uploadedAt());
                return null;
            });
        } catch (RuntimeException e) {
            try {
                photos.store().delete(t, record.id());
            } catch (IOException ignored) {
                // the record was not written; an orphan file is harmless and found by its missing record
            }
            throw e;
        }
        return Response.status(201).entity(PhotoView.of(t, record)).build();
    }

    @GET
    @Allow(signedIn = true)
    @Operation(summary = "The photos of a case the caller may see")
    public List<PhotoView> list(@PathParam("id") String id) {
        String t = tenant.get().id();
        return tx.call(em -> {
            visible(em, id);
            return em.createQuery(
                            "select p from CasePhoto p where p.caseId = :c order by p.uploadedAt", CasePhoto.class)
                    .setParameter("c", id)
                    .getResultStream()
                    .map(p -> PhotoView.of(t, p))
                    .toList();
        });
    }

    @GET
    @Path("{photo}")
    @Produces({"image/jpeg", "image/png"})
    @Allow(signedIn = true)
    @Operation(summary = "One photo's image")
    public Response image(@PathParam("id") String id, @PathParam("photo") String photoId) {
        CasePhoto p = tx.call(em -> {
            visible(em, id);
            return Records.byId(em, CasePhoto.class, photoId)
                    .filter(x -> x.caseId().equals(id))
                    .orElseThrow(() -> ProblemException.notFound("no-such-resource"));
        });
        byte[] bytes;
        try {
            bytes = photos.store()
                    .get(tenant.get().id(), p.id())
                    .orElseThrow(() -> ProblemException.notFound("no-such-resource"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(bytes)
                .type(p.contentType())
                .header("Cache-Control", "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }

    private CaseFile visible(EntityManager em, String id) {
        return Records.byId(em, CaseFile.class, id)
                .filter(c -> CaseRules.visible(c, caller))
                .orElseThrow(() -> ProblemException.notFound("no-such-case", id));
    }

    private static long count(EntityManager em, String caseId) {
        return em.createQuery("select count(p) from CasePhoto p where p.caseId = :c", Long.class)
                .setParameter("c", caseId)
                .getSingleResult();
    }

    private byte[] read(InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) photos.maxBytes() + 1);
            if (bytes.length > photos.maxBytes()) {
                throw new ProblemException(413, "body-too-large", photos.maxBytes());
            }
            if (bytes.length == 0) {
                throw new ProblemException(400, "field-required", "photo");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
