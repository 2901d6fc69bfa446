#!/usr/bin/env bash
# Release checks that need no keys (docs/release.md):
#  1. Reproducible build: two clean builds give byte-identical artifacts (jars, sources, Javadoc, SBOMs,
#     the command-line jar and distribution archives).
#  2. Deploy dry run: the second build deploys to a local folder (target/staging, no signing, nothing
#     installed in ~/.m2), then every published module is checked there: jar, sources, Javadoc, POM with
#     the metadata Maven Central requires, SBOM, checksums; and the BOM and the parent POM.
# The published modules are the ones roadmap-bom lists (roadmap-bom/pom.xml is the one list to change).
# Usage: .ci/check-release.sh                 two builds of its own
#        .ci/check-release.sh --after-verify  the first build is the ./mvnw verify that just ran on a clean tree
#        .ci/check-release.sh --check-only    no build: checks what an earlier run left in target/staging
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
staging="$root/target/staging"
mvn=(./mvnw -B --no-transfer-progress)

artifacts() { # the files both builds must give byte for byte
  for m in $(published) ; do
    ls "$m"/target/*.jar "$m"/target/*-cyclonedx.json 2>/dev/null || true
  done
  ls roadmap-cli/target/*.zip roadmap-cli/target/*.tar.gz 2>/dev/null || true
}

published() { # artifact ids in roadmap-bom's dependencyManagement; the directory has the same name
  sed -n '/<dependencyManagement>/,/<\/dependencyManagement>/p' roadmap-bom/pom.xml \
    | grep -o '<artifactId>[^<]*</artifactId>' | sed 's/<[^>]*>//g'
}

fail=0
problem() { echo "check-release: $*" >&2; fail=1; }

if [ "${1:-}" = --check-only ]; then # what arrived in target/staging, no build (after a run of this script)
  skip_builds=1
fi
if [ -z "${skip_builds:-}" ] && [ "${1:-}" != --after-verify ]; then
  echo "check-release: first clean build"
  "${mvn[@]}" -q clean package -DskipTests
fi
if [ -z "${skip_builds:-}" ]; then
first=$(mktemp)
artifacts | sort | xargs sha256sum > "$first"
[ -s "$first" ] || { echo "check-release: no artifacts found after the first build" >&2; exit 1; }

echo "check-release: second clean build, deployed to $staging"
rm -rf "$staging"
"${mvn[@]}" -q clean deploy -DskipTests -Dmaven.install.skip=true -DaltDeploymentRepository="local::file://$staging"

# 1. Reproducible
if ! diff <(cat "$first") <(artifacts | sort | xargs sha256sum) >/dev/null; then
  problem "the two builds differ:"
  diff <(cat "$first") <(artifacts | sort | xargs sha256sum) >&2 || true
else
  echo "check-release: reproducible: $(wc -l < "$first") artifacts byte-identical in two clean builds"
fi
rm -f "$first"
fi

# 2. What arrived
group="$staging/org/wsis/roadmap"
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
# A file of the deployed version (a snapshot's files carry a timestamp in place of -SNAPSHOT).
deployed() { # artifactId suffix
  local dir="$group/$1/$version" base="${version%-SNAPSHOT}"
  ls "$dir"/"$1-$base"*"$2" 2>/dev/null | grep -v -- "-[a-z]*$2\$" | head -1 || true
}
deployed_classified() { # artifactId classifier-suffix
  local dir="$group/$1/$version" base="${version%-SNAPSHOT}"
  ls "$dir"/"$1-$base"*"$2" 2>/dev/null | head -1 || true
}
check_file() { # path what
  if [ -z "$1" ] || [ ! -s "$1" ]; then problem "missing: $2"; return; fi
  for sum in sha1 md5; do
    if [ ! -f "$1.$sum" ]; then problem "no .$sum checksum for $(basename "$1")"; continue; fi
    want=$(cut -c1-64 < "$1.$sum" | tr -d ' \n'); got=$(${sum}sum < "$1" | cut -d' ' -f1)
    [ "$want" = "$got" ] || problem "wrong .$sum checksum for $(basename "$1")"
  done
}
check_pom() { # path artifactId: the metadata is in the POM or inherited from the deployed parent POM
  check_file "$1" "$2 POM"
  [ -s "$1" ] || return 0
  local parent
  parent=$(deployed wsis-roadmap-parent .pom)
  for element in name description; do
    grep -q "<$element>" "$1" || problem "$2: the POM has no <$element> (Maven Central requires it)"
  done
  for element in url licenses developers scm; do
    grep -q "<$element[ >]" "$1" || { grep -q '<parent>' "$1" && grep -q "<$element[ >]" "$parent"; } \
      || problem "$2: the POM has no <$element>, nor its parent (Maven Central requires it)"
  done
}

for m in $(published); do
  check_file "$(deployed "$m" .jar)" "$m jar"
  check_file "$(deployed_classified "$m" -sources.jar)" "$m sources jar"
  check_file "$(deployed_classified "$m" -javadoc.jar)" "$m Javadoc jar"
  check_file "$(deployed_classified "$m" -cyclonedx.json)" "$m SBOM (CycloneDX)"
  check_pom "$(deployed "$m" .pom)" "$m"
  sbom=$(deployed_classified "$m" -cyclonedx.json)
  [ -z "$sbom" ] || grep -q '"bomFormat" *: *"CycloneDX"' "$sbom" || problem "$m: the SBOM is not CycloneDX JSON"
done
bom=$(deployed roadmap-bom .pom)
check_pom "$bom" roadmap-bom
if [ -n "$bom" ]; then
  grep -q '<parent>' "$bom" && problem "roadmap-bom: the published BOM has a parent (it would import the build's own versions)"
  for m in $(published); do
    grep -q "<artifactId>$m</artifactId>" "$bom" || problem "roadmap-bom: does not list $m"
  done
fi
check_pom "$(deployed wsis-roadmap-parent .pom)" wsis-roadmap-parent
for m in examples roadmap-benchmarks module-path-test architecture-tests; do
  [ ! -d "$group/$m" ] || problem "$m is not published, but was deployed"
done

if [ "$fail" = 0 ]; then
  echo "check-release: deploy dry run: $(published | wc -l) modules, the BOM and the parent POM arrived complete in $staging"
fi
exit "$fail"
