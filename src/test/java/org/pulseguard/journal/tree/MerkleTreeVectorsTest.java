package org.pulseguard.journal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tree against vectors made by an independent implementation written from the RFC text
 * ({@code src/test/resources/journal/make_merkle_vectors.py}, Python hashlib): roots, inclusion
 * and consistency proofs are produced byte for byte alike, and the verifier accepts them and
 * refuses them when one hash, the index or a size is wrong.
 */
class MerkleTreeVectorsTest {
    private static JsonNode vectors;
    private static MerkleTree tree;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = MerkleTreeVectorsTest.class.getResourceAsStream("/journal/merkle-vectors.json")) {
            vectors = new ObjectMapper().readTree(in);
        }
        tree = new MerkleTree(new InMemoryNodeStore(), 0);
        for (int i = 0; i < 1000; i++) {
            tree.append(TreeHash.leaf(("pulseguard leaf " + i).getBytes(StandardCharsets.US_ASCII)));
        }
    }

    static Stream<JsonNode> roots() throws IOException {
        load();
        return elements("roots");
    }

    static Stream<JsonNode> inclusions() throws IOException {
        load();
        return elements("inclusion");
    }

    static Stream<JsonNode> consistencies() throws IOException {
        load();
        return elements("consistency");
    }

    private static Stream<JsonNode> elements(String name) {
        return StreamSupport.stream(vectors.get(name).spliterator(), false);
    }

    @Test
    void emptyRoot_isSha256OfNothing() {
        assertThat(TreeHash.emptyRoot().hex()).isEqualTo(vectors.get("emptyRoot").asText());
        assertThat(new MerkleTree(new InMemoryNodeStore(), 0).root(0)).isEqualTo(TreeHash.emptyRoot());
    }

    @ParameterizedTest(name = "root of {0}")
    @MethodSource("roots")
    void root_matchesTheIndependentImplementation(JsonNode v) {
        assertThat(tree.root(v.get("size").asLong()).hex()).isEqualTo(v.get("root").asText());
    }

    @ParameterizedTest(name = "inclusion {0}")
    @MethodSource("inclusions")
    void inclusionProof_matchesAndVerifies(JsonNode v) {
        long index = v.get("index").asLong();
        long size = v.get("size").asLong();
        TreeHash leaf = TreeHash.ofHex(v.get("leafHash").asText());
        TreeHash root = TreeHash.ofHex(v.get("root").asText());
        List<TreeHash> expected = hashes(v.get("path"));

        assertThat(tree.leaf(index)).isEqualTo(leaf);
        assertThat(tree.inclusionProof(index, size)).isEqualTo(expected);
        assertThat(MerkleProofs.verifyInclusion(index, size, leaf, expected, root)).isTrue();

        assertThat(MerkleProofs.verifyInclusion(index, size, flip(leaf), expected, root)).as("other leaf").isFalse();
        assertThat(MerkleProofs.verifyInclusion(index, size, leaf, expected, flip(root))).as("other root").isFalse();
        if (size > 1) {
            assertThat(MerkleProofs.verifyInclusion((index + 1) % size, size, leaf, expected, root)).as("other index").isFalse();
            for (int i = 0; i < expected.size(); i++) {
                List<TreeHash> bad = new ArrayList<>(expected);
                bad.set(i, flip(bad.get(i)));
                assertThat(MerkleProofs.verifyInclusion(index, size, leaf, bad, root)).as("path element %d changed", i).isFalse();
            }
            assertThat(MerkleProofs.verifyInclusion(index, size, leaf, expected.subList(0, expected.size() - 1), root))
                    .as("path cut short").isFalse();
        }
        List<TreeHash> longer = new ArrayList<>(expected);
        longer.add(leaf);
        assertThat(MerkleProofs.verifyInclusion(index, size, leaf, longer, root)).as("path too long").isFalse();
    }

    @ParameterizedTest(name = "consistency {0}")
    @MethodSource("consistencies")
    void consistencyProof_matchesAndVerifies(JsonNode v) {
        long size1 = v.get("size1").asLong();
        long size2 = v.get("size2").asLong();
        TreeHash root1 = TreeHash.ofHex(v.get("root1").asText());
        TreeHash root2 = TreeHash.ofHex(v.get("root2").asText());
        List<TreeHash> expected = hashes(v.get("proof"));

        assertThat(tree.consistencyProof(size1, size2)).isEqualTo(expected);
        assertThat(MerkleProofs.verifyConsistency(size1, size2, root1, root2, expected)).isTrue();

        assertThat(MerkleProofs.verifyConsistency(size1, size2, flip(root1), root2, expected)).as("old root changed").isFalse();
        assertThat(MerkleProofs.verifyConsistency(size1, size2, root1, flip(root2), expected)).as("new root changed").isFalse();
        for (int i = 0; i < expected.size(); i++) {
            List<TreeHash> bad = new ArrayList<>(expected);
            bad.set(i, flip(bad.get(i)));
            assertThat(MerkleProofs.verifyConsistency(size1, size2, root1, root2, bad)).as("proof element %d changed", i).isFalse();
        }
        // No "other size" case: a proof binds the roots, not the sizes (RFC 9162 2.1.4.2 may accept a
        // neighbouring size of the same shape); the signed checkpoint is what binds a size to its root.
    }

    @Test
    void sameSizeAndEmptyOldTree_areConsistentOnlyWithEmptyProofs() {
        TreeHash r = tree.root(5);
        assertThat(MerkleProofs.verifyConsistency(5, 5, r, r, List.of())).isTrue();
        assertThat(MerkleProofs.verifyConsistency(5, 5, r, flip(r), List.of())).isFalse();
        assertThat(MerkleProofs.verifyConsistency(0, 5, TreeHash.emptyRoot(), r, List.of())).isTrue();
        assertThat(MerkleProofs.verifyConsistency(3, 5, tree.root(3), r, List.of())).isFalse();
    }

    @Test
    void aTreeReopenedOnItsStore_continuesWithTheSameRoots() {
        InMemoryNodeStore store = new InMemoryNodeStore();
        MerkleTree first = new MerkleTree(store, 0);
        for (int i = 0; i < 300; i++) {
            first.append(TreeHash.leaf(("pulseguard leaf " + i).getBytes(StandardCharsets.US_ASCII)));
        }
        MerkleTree reopened = new MerkleTree(store, 300);
        for (int i = 300; i < 1000; i++) {
            reopened.append(TreeHash.leaf(("pulseguard leaf " + i).getBytes(StandardCharsets.US_ASCII)));
        }
        assertThat(reopened.root(1000)).isEqualTo(tree.root(1000));
        assertThat(reopened.consistencyProof(300, 1000)).isEqualTo(tree.consistencyProof(300, 1000));
    }

    private static List<TreeHash> hashes(JsonNode array) {
        List<TreeHash> out = new ArrayList<>();
        array.forEach(n -> out.add(TreeHash.ofHex(n.asText())));
        return out;
    }

    private static TreeHash flip(TreeHash h) {
        byte[] b = h.toBytes();
        b[7] ^= 0x01;
        return TreeHash.of(b);
    }
}
