<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>The file is damaged: some of its bytes were changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file is not a Sổ Kết Nghĩa bundle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file is incomplete: it was cut off while being copied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle's content is damaged (its hash differs).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle's content expands beyond its declared size; it is refused as a possible zip bomb.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle's content is not valid UTF-8 JSON.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle's manifest is malformed ({detail}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle's manifest is not valid UTF-8 text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle's manifest is not valid JSON.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle's signature is not valid: it was altered or not made by its sender.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle's content cannot be decrypted by this station.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file is larger than a bundle may be ({size} bytes, at most {cap}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle does not hold the expected members (found: {names}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle uses format version {found}, which this program does not know (it knows {known}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A member of the bundle is larger than allowed ({name}: {size} bytes, at most {cap}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle holds a member with a path-like name ({name}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundle holds a compressed member ({name}) that would expand to {size} bytes; bundles never compress members, so this looks like a zip bomb.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
